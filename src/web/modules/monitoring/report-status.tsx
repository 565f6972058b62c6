import { Badge } from '@mantine/core';
import { reportStatus, type ReportStatus } from '../../../shared/reports.js';

const colors: Record<ReportStatus, string> = {
  frozen: 'blue',
  submitted: 'violet',
  returned: 'orange',
  accepted: 'teal',
  superseded: 'gray',
};

/** A badge keeps its whole label: a table column must make room rather than cut «Не зафиксирован». */
const noShrink = { flexShrink: 0, minWidth: 'max-content' } as const;

export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  if (!status) {
    return (
      <Badge color="gray" variant="outline" tt="none" style={noShrink} data-testid="report-status">
        Не зафиксирован
      </Badge>
    );
  }
  return (
    <Badge color={colors[status]} variant="light" tt="none" style={noShrink} data-testid="report-status">
      {reportStatus.labels[status]}
    </Badge>
  );
}
