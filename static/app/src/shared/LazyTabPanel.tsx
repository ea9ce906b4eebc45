import { TabPanel } from '@atlaskit/tabs';
import { Suspense, type CSSProperties, type ReactNode } from 'react';
import { Loading } from './states';

/** A tab whose screen loads when first opened: the spinner shows while its chunk arrives. */
export function LazyTabPanel({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <TabPanel>
      <div style={style}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </div>
    </TabPanel>
  );
}
