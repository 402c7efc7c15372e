import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

/** A full-page error: what happened, a reference the user can quote, and a way out. */
export function ErrorPage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, errorText } = useI18n();
  const correlationId = error instanceof ApiError ? error.correlationId : undefined;
  const detail = error instanceof ApiError ? errorText(error) : t('error.pageText');
  return (
    <Result
      status="error"
      title={t('error.pageTitle')}
      subTitle={
        <>
          <div>{detail}</div>
          {correlationId && (
            <Typography.Text type="secondary" copyable={{ text: correlationId }}>
              {t('error.correlation', { id: correlationId })}
            </Typography.Text>
          )}
        </>
      }
      extra={[
        <Button key="retry" type="primary" onClick={onRetry ?? (() => window.location.reload())}>
          {onRetry ? t('common.retry') : t('error.reload')}
        </Button>,
        <Button key="home" href="/">
          {t('common.backHome')}
        </Button>,
      ]}
    />
  );
}

/** The router's errorElement: shows loader/render errors thrown inside a route. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorPage error={error} />;
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('error.notFoundTitle')}
      subTitle={t('error.notFoundText', { path: window.location.pathname })}
      extra={
        <Button type="primary" href="/">
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

/** Keeps one broken page from blanking the whole shell. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Page crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ErrorPage error={this.state.error} />;
    return this.props.children;
  }
}
