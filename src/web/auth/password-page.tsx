import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Me } from '../../shared/auth.js';
import { api, ApiError, setCsrfToken } from '../api.js';

export function PasswordPage() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const me = await api<Me>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
      setCsrfToken(me.csrfToken);
      setResult({ ok: true, text: 'Пароль изменён. Другие сеансы завершены.' });
      setCurrent('');
      setNew('');
    } catch (e) {
      setResult({ ok: false, text: e instanceof ApiError ? e.message : 'Не удалось изменить пароль.' });
    }
  }

  return (
    <Paper component="form" onSubmit={submit} maw={420} withBorder p="lg">
      <Stack>
        <Title order={2}>Смена пароля</Title>
        {result && <Alert color={result.ok ? 'green' : 'red'}>{result.text}</Alert>}
        <PasswordInput
          label="Текущий пароль"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label="Новый пароль"
          description="Не короче 8 символов; не из списков распространённых паролей"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          required
        />
        <Button type="submit">Сменить пароль</Button>
      </Stack>
    </Paper>
  );
}
