import { Accordion, Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { MonitoringSettings, ProfileFile, ProfileSummary } from '../../../shared/profiles.js';
import { api } from '../../api.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { QueryState } from '../../ui/query-state.js';
import { useMonitoringSettings } from '../monitoring/monitoring-api.js';
import { MonitoringSettingsForm } from './monitoring-settings-form.js';
import { ProfileDetails } from './profile-details.js';

/** region_admin: the region's monitoring settings, and the four reference profiles to apply. */
export function ProfilesPage() {
  const queryClient = useQueryClient();
  const settings = useMonitoringSettings();
  const profiles = useQuery({ queryKey: ['profiles'], queryFn: () => api<ProfileSummary[]>('/profiles'), staleTime: 300_000 });
  const details = useQueries({
    queries: (profiles.data ?? []).map((p) => ({
      queryKey: ['profiles', p.code],
      queryFn: () => api<ProfileFile>(`/profiles/${encodeURIComponent(p.code)}`),
      staleTime: 300_000,
    })),
  });
  // Shown next to what was done, which may be far down the page: the applied profile, the saved form.
  const [done, setDone] = useState<{ applied: string } | 'saved' | null>(null);
  const titleOf = (code: string | null) => profiles.data?.find((p) => p.code === code)?.title;

  async function apply(code: string) {
    await api<MonitoringSettings>(`/profiles/${encodeURIComponent(code)}/apply`, { method: 'POST' });
    // Thresholds and the indicator order change every monitoring figure's look: refetch them all.
    await queryClient.invalidateQueries({ queryKey: ['monitoring'] });
    setDone({ applied: code });
  }

  const current = settings.data?.profile ?? null;

  return (
    <Stack>
      <Title order={2}>Профиль службы</Title>
      <QueryState isLoading={settings.isLoading || profiles.isLoading} error={settings.error ?? profiles.error}>
        {() => (
          <Stack>
            <Card withBorder data-testid="current-profile">
              <Text fz="sm" c="dimmed">
                Настройки мониторинга региона взяты из профиля
              </Text>
              <Text fw={600}>
                {current ? (titleOf(current) ?? current) : 'Профиль не применялся: все показатели каталога, без порогов'}
              </Text>
              {current && (
                <Text fz="xs" c="dimmed">
                  {current}
                </Text>
              )}
            </Card>
            {settings.data && (
              <MonitoringSettingsForm
                key={JSON.stringify(settings.data)}
                settings={settings.data}
                saved={done === 'saved'}
                onSaved={() => setDone('saved')}
              />
            )}

            <Title order={3}>Эталонные профили</Title>
            <Text fz="sm" c="dimmed">
              Четыре положения о методических службах как готовые настройки. Применение заменяет набор показателей, пороги и отчётные
              периоды региона; записи реестра и отчёты не меняются.
            </Text>
            <Accordion variant="separated" multiple data-testid="profiles">
              {(profiles.data ?? []).map((profile, index) => {
                const detail = details[index];
                const isCurrent = profile.code === current;
                return (
                  <Accordion.Item key={profile.code} value={profile.code} data-testid={`profile-${profile.code}`}>
                    <Accordion.Control>
                      <Group justify="space-between" wrap="nowrap">
                        <div>
                          <Text fw={600}>{profile.title}</Text>
                          <Text fz="sm" c="dimmed">
                            {profile.territory}, {profile.year}
                          </Text>
                        </div>
                        {isCurrent && (
                          <Badge color="teal" variant="light">
                            применён
                          </Badge>
                        )}
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack>
                        <Group>
                          <ConfirmButton
                            label={isCurrent ? 'Применить заново' : 'Применить'}
                            title="Применить профиль?"
                            message={`Показатели, пороги и отчётные периоды региона будут заменены значениями профиля «${profile.title}». Изменённые вручную пороги и периоды будут потеряны.`}
                            confirmLabel="Применить"
                            onConfirm={() => apply(profile.code)}
                            color="indigo"
                            variant="filled"
                            size="sm"
                            testId={`apply-${profile.code}`}
                          />
                        </Group>
                        {typeof done === 'object' && done?.applied === profile.code && (
                          <Alert color="green" role="status" data-testid="apply-message">
                            Профиль применён: показатели, пороги и отчётные периоды региона заменены.
                          </Alert>
                        )}
                        {detail && (
                          <QueryState isLoading={detail.isLoading} error={detail.error}>
                            {() => detail.data && <ProfileDetails profile={detail.data} />}
                          </QueryState>
                        )}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
