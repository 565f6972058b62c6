import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';

/** The foot of a page form: «Сохранить» (submits) and «Отмена» (back to `cancelTo`). */
export function FormActions({ saving, cancelTo }: { saving: boolean; cancelTo: string }) {
  return (
    <Group>
      <Button type="submit" loading={saving} data-testid="save">
        Сохранить
      </Button>
      <Button variant="default" component={Link} to={cancelTo}>
        Отмена
      </Button>
    </Group>
  );
}
