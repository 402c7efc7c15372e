import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, type InputRef, Space } from 'antd';
import type { RefObject } from 'react';
import { Link } from 'react-router-dom';
import type { CaseView } from '../../api/cases.ts';
import type { ItemHit } from '../../api/catalogue.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicantCard, type ApplicantDraft } from './ApplicantCard.tsx';
import { HandlingTag } from './CaseTags.tsx';
import { ItemSearch } from './ItemSearch.tsx';
import type { DeskOpening } from './useDeskOpening.ts';

/** The desk's left column: who applies, for which item, and the button that opens the case. */
export function DeskIntake({
  c,
  draft,
  onDraft,
  item,
  onItem,
  opening,
  ready,
  departmentName,
  refs,
}: {
  c: CaseView | undefined;
  draft: ApplicantDraft;
  onDraft: (draft: ApplicantDraft) => void;
  item: ItemHit | null;
  onItem: (item: ItemHit | null) => void;
  opening: DeskOpening;
  ready: boolean;
  departmentName: (id: string) => string;
  refs: {
    id: RefObject<InputRef | null>;
    search: RefObject<InputRef | null>;
    open: RefObject<HTMLButtonElement | null>;
  };
}) {
  const { t } = useI18n();
  return (
    <>
      {c && !draft.idNumber && !draft.creditCode ? (
        // A resumed case: the applicant was identified when it was opened.
        <Card size="small" title={t('desk.applicant')} className="desk-card" data-testid="resumed-applicant">
          <strong>{c.applicant.name}</strong>{' '}
          <span className="muted small">
            {t(c.applicant.kind === 'person' ? 'desk.person' : 'desk.enterprise')}
          </span>
        </Card>
      ) : (
        <ApplicantCard
          draft={draft}
          onChange={onDraft}
          onDone={() => refs.search.current?.focus()}
          locked={c !== undefined}
          idRef={refs.id}
        />
      )}
      <Card size="small" title={t('desk.itemSearch')} className="desk-card">
        {item ? (
          <div className="picked-item" data-testid="picked-item">
            <div className="picked-item-name">
              <strong>{item.name}</strong>
              <HandlingTag type={item.handlingType} />
            </div>
            <div className="muted small">{departmentName(item.departmentId)}</div>
            <Space className="picked-item-links">
              <Link to={`/guide/${encodeURIComponent(item.code)}`} target="_blank">
                <FileTextOutlined /> {t('desk.guide')}
              </Link>
              {!c && (
                <Button type="link" size="small" onClick={() => onItem(null)}>
                  {t('desk.change')}
                </Button>
              )}
            </Space>
          </div>
        ) : (
          <ItemSearch
            applicantKind={draft.kind}
            onPick={onItem}
            departmentName={departmentName}
            inputRef={refs.search}
          />
        )}
      </Card>
      {!c && <OpenCaseCard opening={opening} ready={ready} openRef={refs.open} />}
    </>
  );
}

/** 受理: registers an unknown resident when asked to, warns of the applicant's case still open for the item. */
function OpenCaseCard({
  opening,
  ready,
  openRef,
}: {
  opening: DeskOpening;
  ready: boolean;
  openRef: RefObject<HTMLButtonElement | null>;
}) {
  const { t } = useI18n();
  const { unregistered, personName, openError, openCaseOf } = opening;
  return (
    <Card size="small" className="desk-card">
      {unregistered && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('desk.notRegistered')}
          description={
            <Input
              autoFocus
              value={personName}
              maxLength={64}
              placeholder={t('desk.personNamePlaceholder')}
              onChange={(event) => opening.setPersonName(event.target.value)}
              onPressEnter={() => personName.trim() && opening.open()}
              aria-label={t('desk.personName')}
              data-testid="person-name-input"
            />
          }
        />
      )}
      {openError && <Alert type="error" showIcon title={openError} className="form-alert" />}
      {openCaseOf && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          data-testid="open-case-exists"
          title={t('desk.openCaseExists')}
          description={
            <Space wrap>
              <Link to={`/service/cases/${openCaseOf.id}`} className="mono">
                {openCaseOf.caseNo}
              </Link>
              <Button size="small" onClick={() => opening.open(true)} data-testid="open-anyway">
                {t('desk.openAnyway')}
              </Button>
            </Space>
          }
        />
      )}
      <Button
        ref={openRef}
        type="primary"
        size="large"
        block
        disabled={!ready || (unregistered && !personName.trim())}
        loading={opening.opening}
        onClick={() => opening.open()}
        data-testid="open-case"
      >
        {unregistered ? t('desk.registerAndOpen') : t('desk.open')}
      </Button>
    </Card>
  );
}
