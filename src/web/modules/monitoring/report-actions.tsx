import { Button, Text, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { reportAcceptor } from '../../../shared/reporting-periods.js';
import type { ReportSummary } from '../../../shared/reports.js';
import type { Me } from '../../../shared/auth.js';
import { ActionDialog } from '../../ui/action-dialog.js';
import { formatPeriod } from '../../ui/format.js';
import { useReportActions } from './reports-api.js';

/** «Сдать в регион» or «Сдать в орган управления образованием»: where the period's reports go. */
export const submitLabel = (report: Pick<ReportSummary, 'acceptor'>) => `Сдать ${reportAcceptor.destinations[report.acceptor]}`;

/**
 * Whether the user accepts or returns this report: the region admin when the regional operator
 * accepts the period's reports, the municipality's authority when it does (the user sees only
 * reports of their own territory, and the server checks again).
 */
export const mayReview = (me: Me | null | undefined, report: Pick<ReportSummary, 'acceptor' | 'territory'>) =>
  report.territory.kind === 'municipality' &&
  Boolean(me?.grants.some((g) => g.role === (report.acceptor === 'region' ? 'region_admin' : 'authority')));

type Step = 'submit' | 'accept';

const wording: Record<Step, { title: string; action: string; color: string; text: (r: ReportSummary) => string }> = {
  submit: {
    title: 'Сдать отчёт',
    action: 'Сдать',
    color: 'violet',
    text: (r) =>
      `Отчёт версии ${r.version} за ${formatPeriod(r.period)} (${r.periodKind.name.toLowerCase()}) будет сдан ` +
      `${reportAcceptor.destinations[r.acceptor]}. После сдачи зафиксировать его заново можно, только если его вернут на доработку.`,
  },
  accept: {
    title: 'Принять отчёт',
    action: 'Принять',
    color: 'teal',
    text: (r) =>
      `Отчёт «${r.territory.name}» за ${formatPeriod(r.period)}, версия ${r.version}, будет принят; вернуть его после этого нельзя.`,
  },
};

/** A step of the cycle that sends the report on (submit, accept): one button that asks once, everywhere. */
export function ReportStepButton({ report, step, ...props }: { report: ReportSummary; step: Step } & ButtonProps) {
  const { move } = useReportActions();
  const [opened, setOpened] = useState(false);
  const words = wording[step];
  return (
    <>
      <Button
        color={words.color}
        {...props}
        onClick={() => {
          move.reset();
          setOpened(true);
        }}
        data-testid={`${step}-report`}
      >
        {step === 'submit' ? submitLabel(report) : 'Принять'}
      </Button>
      <ActionDialog
        opened={opened}
        onClose={() => setOpened(false)}
        title={words.title}
        error={move.error?.message ?? null}
        actionLabel={words.action}
        color={words.color}
        pending={move.isPending}
        onAction={async () => {
          await move.mutateAsync({ id: report.id, step });
          setOpened(false);
        }}
        testId={`confirm-${step}`}
      >
        <Text fz="sm">{words.text(report)}</Text>
      </ActionDialog>
    </>
  );
}
