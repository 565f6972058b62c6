import { Badge, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ProfileFile } from '../../../shared/profiles.js';
import { formatIndicatorValue, indicatorName } from '../monitoring/indicator-format.js';
import { kindRule, reportAcceptor } from '../../../shared/reporting-periods.js';

/** Everything a reference profile holds, as its regulation words it. */
export function ProfileDetails({ profile }: { profile: ProfileFile }) {
  return (
    <Stack gap="md" data-testid={`profile-details-${profile.code}`}>
      <Text fz="sm">
        {profile.territory}. Утверждено: {profile.regulation.approvedBy}.
      </Text>

      <Stack gap={4}>
        <Title order={4}>Показатели и пороги</Title>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>№</Table.Th>
                <Table.Th>Показатель</Table.Th>
                <Table.Th w={70}>Пункт</Table.Th>
                <Table.Th w={160}>Порог</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.indicators.map((indicator, index) => {
                const threshold = profile.thresholds[indicator.code];
                return (
                  <Table.Tr key={indicator.code}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td>
                      <Text fz="sm" fw={500}>
                        {indicatorName(indicator.code)}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        «{indicator.wording}»{indicator.note ? ` ${indicator.note}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td fz="sm">{indicator.section}</Table.Td>
                    <Table.Td fz="sm">
                      {threshold ? `не менее ${formatIndicatorValue(indicator.code, threshold.value)}` : <Text c="dimmed">не задан</Text>}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <Stack gap={4}>
        <Title order={4}>Отчётные периоды</Title>
        {profile.reportingPeriods.map((kind) => (
          <Text fz="sm" key={kind.code}>
            {kind.name}: {kindRule(kind)}; принимает: {reportAcceptor.labels[kind.acceptor].toLowerCase()}
          </Text>
        ))}
        <Text fz="xs" c="dimmed">
          п. {profile.reportingBasis.section}: «{profile.reportingBasis.text}»
        </Text>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap={4}>
          <Title order={4}>Органы службы</Title>
          <List size="sm" spacing={4}>
            {profile.bodies.map((body) => (
              <List.Item key={body.name}>
                {body.name}{' '}
                <Text span fz="xs" c="dimmed">
                  (п. {body.section})
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Stack gap={4}>
          <Title order={4}>Номенклатура дел</Title>
          {profile.nomenclature ? (
            <>
              <Text fz="xs" c="dimmed">
                п. {profile.nomenclature.section}: {profile.nomenclature.heading}
              </Text>
              <List size="sm" spacing={4}>
                {profile.nomenclature.documents.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text fz="sm" c="dimmed">
              Положение не перечисляет документы.
            </Text>
          )}
        </Stack>
      </SimpleGrid>

      <Stack gap={4}>
        <Title order={4}>Направления деятельности</Title>
        {profile.directions.map((direction) => (
          <Stack key={direction.title} gap={2}>
            <Text fz="sm" fw={500}>
              {direction.title}{' '}
              <Text span fz="xs" c="dimmed">
                (п. {direction.section})
              </Text>
            </Text>
            <List size="sm" spacing={2} withPadding>
              {direction.items.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Stack>
        ))}
      </Stack>

      {profile.gaps.length > 0 && (
        <Stack gap={4}>
          <Title order={4}>Чего нет в положении</Title>
          <List size="sm" spacing={2}>
            {profile.gaps.map((gap) => (
              <List.Item key={gap}>{gap}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Badge variant="light" color="gray" tt="none" w="fit-content">
        Источник: {profile.regulation.source}
      </Badge>
    </Stack>
  );
}
