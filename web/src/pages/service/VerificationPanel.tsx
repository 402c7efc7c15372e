import { SafetyCertificateOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip, Typography } from 'antd';
import type { CaseVerification } from '../../api/cases.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The outcome of one question, as the clerk needs it: passed, not as required, or not answered (yet). */
export function verificationOutcome(
  v: CaseVerification,
): 'passed' | 'failed' | 'pending' | 'unavailable' | 'invalid' {
  if (v.state === 'answered') return v.answer === v.expected ? 'passed' : 'failed';
  return v.state;
}

const COLOURS = {
  passed: 'success',
  failed: 'error',
  pending: 'default',
  unavailable: 'warning',
  invalid: 'error',
};

interface VerificationPanelProps {
  verifications: CaseVerification[];
  trustFirst: boolean;
  running: boolean;
  /** Without it the panel is read-only (no asking again). */
  onRun?: () => void;
}

/**
 * 跳转核验: the yes/no questions the window asks the departments' own systems; only their signed answers come
 * back. For trust-first items they do not hold the case: it proceeds on the applicant's declaration.
 */
export function VerificationPanel({ verifications, trustFirst, running, onRun }: VerificationPanelProps) {
  const { t, label } = useI18n();
  if (verifications.length === 0) return null;
  const open = verifications.some((v) => verificationOutcome(v) !== 'passed' && v.state !== 'answered');
  return (
    <section className="checklist-section verification-panel" data-testid="verifications">
      <div className="checklist-heading-row">
        <Typography.Title level={5} className="checklist-heading">
          <SafetyCertificateOutlined /> {t('verify.title')}
        </Typography.Title>
        {onRun && open && (
          <Button
            size="small"
            icon={<SyncOutlined spin={running} />}
            disabled={running}
            onClick={onRun}
            data-testid="verify-run"
          >
            {t('verify.run')}
          </Button>
        )}
      </div>
      {trustFirst && <div className="muted small">{t('verify.trustFirst')}</div>}
      <ul className="verification-list">
        {verifications.map((v) => {
          const outcome = verificationOutcome(v);
          return (
            <li
              key={v.id}
              className="verification-row"
              data-testid={`verification-${v.id}`}
              data-outcome={outcome}
            >
              <span>
                {v.description}
                <Typography.Text type="secondary" className="small">
                  {' '}
                  · {label('verifySystem', v.system)}
                </Typography.Text>
              </span>
              <Tooltip title={v.lastError ?? undefined}>
                <Tag color={COLOURS[outcome]}>
                  {label('verify', outcome)}
                  {v.state === 'answered' && v.noRecord ? ` · ${t('verify.noRecord')}` : ''}
                </Tag>
              </Tooltip>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
