import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { login } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';

const FIELDS = ['username', 'password'];

interface Values {
  username: string;
  password: string;
}

export function StaffLoginForm({ onSignedIn }: { onSignedIn: (user: Me) => void }) {
  const { t, errorText } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const signingIn = useMutation({
    mutationFn: (values: Values) => login(values.username.trim(), values.password),
    onMutate: () => setError(null),
    onSuccess: onSignedIn,
    onError: (caught) => {
      const message = errorText(caught);
      if (!showFieldError(form, caught, message, FIELDS)) {
        setError(message);
        // Wrong credentials: do not say which half was wrong, but clear the password for the next try.
        if (caught instanceof ApiError && caught.code === 'invalid_credentials') {
          form.setFields([{ name: 'password', value: '', errors: [] }]);
        }
      }
    },
  });
  const busy = signingIn.isPending;
  const submit = (values: Values) => signingIn.mutate(values);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={submit}
      onValuesChange={() => setError(null)}
    >
      {error && (
        <Alert type="error" showIcon title={error} className="form-alert" data-testid="login-error" />
      )}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
        {t('login.submit')}
      </Button>
      <p className="form-hint">{t('login.staffHint')}</p>
    </Form>
  );
}
