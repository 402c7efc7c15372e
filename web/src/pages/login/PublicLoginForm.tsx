import { MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { requestOtp, verifyOtp } from '../../api/auth.ts';
import type { Me } from '../../api/types.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DemoOutbox } from './DemoOutbox.tsx';

const FIELDS = ['phone', 'code'];

interface Values {
  phone: string;
  code: string;
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const RESEND_SECONDS = 60;

export function PublicLoginForm({ onSignedIn }: { onSignedIn: (user: Me) => void }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [countdown, setCountdown] = useState(0);
  /** Set once a code was requested in demo mode: which phone's outbox to show, and a reload counter. */
  const [outbox, setOutbox] = useState<{ phone: string; version: number } | null>(null);

  useEffect(() => {
    if (countdown <= 0) return;
    const timer = window.setTimeout(() => setCountdown((n) => n - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [countdown]);

  const sendCode = async () => {
    setError(null);
    let phone: string;
    try {
      phone = ((await form.validateFields(['phone'])) as Pick<Values, 'phone'>).phone.trim();
    } catch {
      return;
    }
    requesting.mutate(phone);
  };

  const refused = (caught: unknown) => {
    const text = errorText(caught);
    if (!showFieldError(form, caught, text, FIELDS)) setError(text);
  };
  const requesting = useMutation({
    mutationFn: requestOtp,
    onSuccess: (answer, phone) => {
      setCountdown(RESEND_SECONDS);
      void message.success(
        t('login.codeSent', { minutes: Math.max(1, Math.round(answer.expiresInSeconds / 60)) }),
      );
      setOutbox(answer.demoOutbox ? { phone, version: (outbox?.version ?? 0) + 1 } : null);
      form.getFieldInstance('code')?.focus?.();
    },
    onError: refused,
  });
  const verifying = useMutation({
    mutationFn: (values: Values) => verifyOtp(values.phone.trim(), values.code.trim()),
    onMutate: () => setError(null),
    onSuccess: onSignedIn,
    onError: refused,
  });
  const sending = requesting.isPending;
  const busy = verifying.isPending;
  const submit = (values: Values) => verifying.mutate(values);

  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        requiredMark={false}
        initialValues={{ phone: '', code: '' }}
        onFinish={submit}
        onValuesChange={() => setError(null)}
      >
        {error && (
          <Alert type="error" showIcon title={error} className="form-alert" data-testid="login-error" />
        )}
        <Form.Item
          name="phone"
          label={t('login.phone')}
          rules={[
            { required: true, message: t('login.phoneRequired') },
            { pattern: MAINLAND_MOBILE, message: t('login.phoneInvalid') },
          ]}
        >
          <Input
            prefix={<MobileOutlined />}
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={11}
            placeholder="138 0000 0000"
          />
        </Form.Item>
        <Form.Item label={t('login.code')} required>
          <Space.Compact block>
            <Form.Item name="code" noStyle rules={[{ required: true, message: t('login.codeRequired') }]}>
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
              />
            </Form.Item>
            <Button
              onClick={() => void sendCode()}
              loading={sending}
              disabled={countdown > 0}
              data-testid="otp-send"
              className="otp-send"
            >
              {countdown > 0 ? t('login.resendIn', { seconds: countdown }) : t('login.sendCode')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="otp-submit">
          {t('login.submit')}
        </Button>
        <p className="form-hint">{t('login.publicHint')}</p>
      </Form>
      {outbox && (
        <DemoOutbox
          phone={outbox.phone}
          version={outbox.version}
          onUseCode={(code) => form.setFieldsValue({ code })}
        />
      )}
    </>
  );
}
