import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonInput, PersonMatch, PersonMatchInput } from '../../../shared/registry.js';
import { api } from '../../api.js';

/** The keys the region matches a person by (SNILS, else ФИО and birth date), from the form's parsed values. */
export const matchKeys = (p: PersonInput): PersonMatchInput => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName ?? null,
  birthDate: p.birthDate ?? null,
  snils: p.snils ?? null,
});

/** The person of the region these keys name, if any (only name and birth year when they are someone else's). */
export async function findMatch(keys: PersonMatchInput): Promise<PersonMatch | null> {
  return (await api<{ match: PersonMatch | null }>('/people/match', { method: 'POST', body: keys })).match;
}

/**
 * The offer shown instead of creating a second card for someone the region already has: add the
 * employment to that person. A namesake born the same day is told apart by SNILS.
 */
export function PersonMatchOffer({ match, saving, onAdd }: { match: PersonMatch; saving: boolean; onAdd: () => void }) {
  const who = `${match.name}${match.birthYear ? `, ${match.birthYear} г. р.` : ''}`;
  return (
    <Alert color="blue" title="Такой работник уже есть в регионе" data-testid="person-match">
      <Text size="sm">
        {match.id === null ? (
          <>{who} — числится в другой территории. </>
        ) : (
          <>
            <Anchor component={Link} to={`/registry/people/${match.id}`}>
              {who}
            </Anchor>
            {'. '}
          </>
        )}
        Новая карточка не нужна: добавьте ему место работы из этой формы. Если это другой человек, укажите его СНИЛС.
      </Text>
      <Group mt="sm">
        <Button onClick={onAdd} loading={saving} data-testid="add-to-existing">
          Добавить место работы
        </Button>
      </Group>
    </Alert>
  );
}
