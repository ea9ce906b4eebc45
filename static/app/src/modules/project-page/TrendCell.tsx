import Button from '@atlaskit/button/new';
import { lazy, Suspense, useState } from 'react';
import { usePageMessages } from './messages';
import type { SparklineProps } from './Sparkline';

// The sparkline brings the chart library: loaded when a trend is asked for.
const Sparkline = lazy(() => import('./Sparkline'));

/** A KPI's trend, fetched only when asked for: a button first, then the sparkline. */
export default function TrendCell(props: SparklineProps) {
  const { m } = usePageMessages();
  const [shown, setShown] = useState(false);
  if (shown)
    return (
      <Suspense fallback={null}>
        <Sparkline {...props} />
      </Suspense>
    );
  return (
    <Button
      spacing="compact"
      appearance="subtle"
      onClick={() => setShown(true)}
      aria-label={`${m.showTrend} ${props.label}`}
    >
      {m.trend}
    </Button>
  );
}
