import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DescribedEntry, Ref, Shown } from '../../shared/audit.js';

/** Where a record referred to by the change log opens. */
export function refPath(ref: Ref): string {
  switch (ref.kind) {
    case 'person':
      return `/registry/people/${ref.id}`;
    case 'organization':
      return `/registry/organizations/${ref.id}`;
    case 'municipality':
      return `/registry/organizations?municipalityId=${ref.id}`;
  }
}

/** A value as the description layer reads it: a link when it names a record. */
export function ShownValue({ value }: { value: Shown | null }) {
  if (!value) return <>—</>;
  if (value.parts) {
    return (
      <>
        {value.parts.map((part, i) => (
          <span key={i}>
            {i > 0 && '; '}
            <ShownValue value={part} />
          </span>
        ))}
      </>
    );
  }
  if (!value.ref) return <>{value.text}</>;
  return (
    <Anchor component={Link} to={refPath(value.ref)} fz="inherit">
      {value.text}
    </Anchor>
  );
}

/** What an entry changed: its sentence (a bulk operation) or its fields, old → new. */
export function EntryChanges({ entry, action }: { entry: DescribedEntry; action: string }) {
  if (entry.sentence) return <Text size="sm">{entry.sentence}</Text>;
  return (
    <Stack gap={2}>
      {entry.changes.map((change) => (
        <Text key={change.field} size="sm">
          <b>{change.label}</b>:{' '}
          {change.secret ? (
            change.to?.text
          ) : action === 'create' ? (
            <ShownValue value={change.to} />
          ) : action === 'delete' ? (
            <ShownValue value={change.from} />
          ) : (
            <>
              <ShownValue value={change.from} /> → <ShownValue value={change.to} />
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}

/** Who made the change: the user's name with the login, or «система». */
export const actorText = (row: { userLogin: string | null; userName: string | null }) =>
  row.userLogin ? (row.userName ? `${row.userName} (${row.userLogin})` : row.userLogin) : 'система';
