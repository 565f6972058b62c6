import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api.js';
import { NotFoundPage } from './not-found-page.js';

/** Loading, error and 404 states of a page's main query, the same everywhere. */
export function QueryState({ isLoading, error, children }: { isLoading: boolean; error: unknown; children: () => ReactNode }) {
  if (isLoading)
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage message={error.message} />;
  if (error)
    return (
      <Alert color="red" role="alert">
        {error instanceof Error ? error.message : 'Ошибка загрузки'}
      </Alert>
    );
  return <>{children()}</>;
}
