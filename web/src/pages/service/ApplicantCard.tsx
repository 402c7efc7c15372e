import { IdcardOutlined, ShopOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  creditCodeProblem,
  type IdProblem,
  idNumberProblem,
  maskIdNumber,
  normaliseId,
} from '@yimen/shared/id-checks';
import { Button, Card, Form, Input, type InputRef, Segmented } from 'antd';
import { type Ref, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { idProblemText } from './id-problem-text.ts';

export interface ApplicantDraft {
  kind: 'person' | 'enterprise';
  idNumber: string;
  creditCode: string;
  /** null: no agent; a string (possibly empty) while the agent field is shown. */
  agentIdNumber: string | null;
}

export const EMPTY_APPLICANT: ApplicantDraft = {
  kind: 'person',
  idNumber: '',
  creditCode: '',
  agentIdNumber: null,
};

/** The problem to show under a number field, once the clerk has typed enough to be judged. */
export function applicantProblems(draft: ApplicantDraft): {
  main: IdProblem | null;
  agent: IdProblem | null;
} {
  const main =
    draft.kind === 'person' ? idNumberProblem(draft.idNumber) : creditCodeProblem(draft.creditCode);
  const agent = draft.agentIdNumber ? idNumberProblem(draft.agentIdNumber) : null;
  return { main, agent };
}

interface ApplicantCardProps {
  draft: ApplicantDraft;
  onChange: (draft: ApplicantDraft) => void;
  /** Enter in a complete, valid number: go on to the item search. */
  onDone: () => void;
  locked: boolean;
  idRef: Ref<InputRef>;
}

/** 申请人: a person by 身份证号 or an enterprise by 统一社会信用代码, and optionally the agent (代办人). */
export function ApplicantCard({ draft, onChange, onDone, locked, idRef }: ApplicantCardProps) {
  const { t } = useI18n();
  const [tried, setTried] = useState(false);
  const { main, agent } = applicantProblems(draft);
  // Once the case is open the ID number has done its work: the screen shows it masked, as everywhere else.
  const value =
    draft.kind === 'person' ? (locked ? maskIdNumber(draft.idNumber) : draft.idNumber) : draft.creditCode;
  const typed = normaliseId(value).length;
  // A slip is shown once the number is long enough to judge, or when the clerk pressed Enter on it.
  const showMain = main !== null && (tried || typed >= 18);
  const agentTyped = normaliseId(draft.agentIdNumber ?? '').length;
  const showAgent = agent !== null && agentTyped >= 18;

  const problemText = (problem: IdProblem, kind: 'person' | 'enterprise', count: number) =>
    idProblemText(t, kind, problem, count);

  const submit = () => {
    setTried(true);
    if (!main && !agent) onDone();
  };

  return (
    <Card size="small" title={t('desk.applicant')} className="desk-card">
      <Segmented<'person' | 'enterprise'>
        block
        disabled={locked}
        value={draft.kind}
        onChange={(kind) => {
          setTried(false);
          onChange({ ...draft, kind });
        }}
        options={[
          { value: 'person', label: t('desk.person'), icon: <IdcardOutlined /> },
          { value: 'enterprise', label: t('desk.enterprise'), icon: <ShopOutlined /> },
        ]}
        className="desk-kind"
        data-testid="applicant-kind"
      />
      <Form layout="vertical" component="div" className="desk-form">
        <Form.Item
          label={draft.kind === 'person' ? t('desk.idNumber') : t('desk.creditCode')}
          validateStatus={showMain ? 'error' : undefined}
          help={showMain && main ? problemText(main, draft.kind, typed) : undefined}
        >
          <Input
            ref={idRef}
            size="large"
            autoFocus
            allowClear
            disabled={locked}
            maxLength={24}
            className="mono"
            autoComplete="off"
            placeholder={
              draft.kind === 'person' ? t('desk.idNumberPlaceholder') : t('desk.creditCodePlaceholder')
            }
            value={value}
            onChange={(event) => {
              setTried(false);
              const next = event.target.value;
              onChange(
                draft.kind === 'person' ? { ...draft, idNumber: next } : { ...draft, creditCode: next },
              );
            }}
            onPressEnter={submit}
            data-testid={draft.kind === 'person' ? 'id-number-input' : 'credit-code-input'}
          />
        </Form.Item>
        {draft.agentIdNumber === null ? (
          <Button
            type="link"
            size="small"
            icon={<UserAddOutlined />}
            disabled={locked}
            onClick={() => onChange({ ...draft, agentIdNumber: '' })}
            className="desk-add-agent"
            data-testid="add-agent"
          >
            {t('desk.addAgent')}
          </Button>
        ) : (
          <Form.Item
            label={t('desk.agent')}
            validateStatus={showAgent ? 'error' : undefined}
            help={showAgent && agent ? problemText(agent, 'person', agentTyped) : undefined}
          >
            <Input
              allowClear
              disabled={locked}
              maxLength={24}
              className="mono"
              autoComplete="off"
              placeholder={t('desk.agentPlaceholder')}
              value={locked ? maskIdNumber(draft.agentIdNumber) : draft.agentIdNumber}
              onChange={(event) => onChange({ ...draft, agentIdNumber: event.target.value })}
              onPressEnter={submit}
              onBlur={() => !draft.agentIdNumber && onChange({ ...draft, agentIdNumber: null })}
              data-testid="agent-id-input"
            />
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
