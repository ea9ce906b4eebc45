import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { usePageMessages } from './messages';
import Sparkline, { type SparklineProps } from './Sparkline';

/** A KPI's trend, fetched only when asked for: a button first, then the sparkline. */
export default function TrendCell(props: SparklineProps) {
  const { m } = usePageMessages();
  const [shown, setShown] = useState(false);
  if (shown) return <Sparkline {...props} />;
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
