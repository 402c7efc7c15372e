import { CheckSquareOutlined, FileTextOutlined, LoadingOutlined } from '@ant-design/icons';
import { normaliseId } from '@yimen/shared/id-checks';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  type InputRef,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  type Applicant,
  blockingVerifications,
  type CaseAction,
  type CaseView,
  type ChecklistChanges,
  getCase,
  openCase,
  recordChecklist,
  runVerifications,
} from '../../api/cases.ts';
import type { ItemHit } from '../../api/catalogue.ts';
import { ApiError } from '../../api/client.ts';
import { registerPerson } from '../../api/people.ts';
import { useDepartmentName } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ApplicantCard, type ApplicantDraft, applicantProblems, EMPTY_APPLICANT } from './ApplicantCard.tsx';
import { ApplicantFlagsAlert } from './ApplicantFlagsAlert.tsx';
import { CaseActionButtons } from './CaseActionButtons.tsx';
import { CaseStateTag, HandlingTag } from './CaseTags.tsx';
import { ChecklistPanel, ShortfallAlert } from './ChecklistPanel.tsx';
import {
  allReceivedChanges,
  applyChanges,
  blockingCount,
  undecidedSituational,
  windowButtonDisabled,
} from './checklist.ts';
import { DeskOutcome } from './DeskOutcome.tsx';
import { ItemPreview } from './ItemPreview.tsx';
import { ItemSearch } from './ItemSearch.tsx';
import { SituationDialog } from './SituationDialog.tsx';
import { useWindowNo } from './useWindowNo.ts';
import { VerificationPanel } from './VerificationPanel.tsx';

/** The window's own actions while checking, in the order of the bar. */
const DESK_ACTIONS: CaseAction[] = ['complete_instant', 'accept', 'notify_incomplete', 'refuse', 'withdraw'];
const PRIMARY: ReadonlySet<CaseAction> = new Set(['complete_instant', 'accept']);

/**
 * 综合窗口: any clerk serves any item. Identify the applicant, pick the item, open the case, work through the one
 * standard checklist (every tick is saved at once and the server's shortfall shown), then complete an instant
 * item on the spot, accept a commitment item, or issue the one-time notice.
 */
export default function WindowDeskPage() {
  const { t, label, errorText } = useI18n();
  const { message } = App.useApp();
  const departmentName = useDepartmentName();
  const [windowNo, setWindowNo] = useWindowNo();
  const [draft, setDraft] = useState<ApplicantDraft>(EMPTY_APPLICANT);
  const [item, setItem] = useState<ItemHit | null>(null);
  const [c, setCase] = useState<CaseView | null>(null);
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  // The applicant's case for this item that is still open: the clerk looks at it or opens another anyway.
  const [openCaseOf, setOpenCaseOf] = useState<{ id: string; caseNo: string } | null>(null);
  const [unregistered, setUnregistered] = useState(false);
  const [personName, setPersonName] = useState('');
  const [saving, setSaving] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const [askingSituation, setAskingSituation] = useState(false);

  // The open case lives in the address (?case=…), so a reload or 窗口待办 brings the desk back to where it stopped.
  const [params, setParams] = useSearchParams();
  const resumeId = params.get('case');
  const [resuming, setResuming] = useState(resumeId !== null);

  const idRef = useRef<InputRef>(null);
  const searchRef = useRef<InputRef>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const allReceivedRef = useRef<HTMLButtonElement>(null);
  // One key per submission of this applicant + item: a double click or a retry cannot open a second case.
  const idempotencyKey = useRef<string | null>(null);
  const saves = useRef({ pending: 0, chain: Promise.resolve() });

  const problems = applicantProblems(draft);
  const ready = item !== null && problems.main === null && problems.agent === null;

  const changeDraft = (next: ApplicantDraft) => {
    idempotencyKey.current = null;
    setOpenCaseOf(null);
    setUnregistered(false);
    setOpenError(null);
    setDraft(next);
  };

  const pickItem = (hit: ItemHit) => {
    idempotencyKey.current = null;
    setOpenCaseOf(null);
    setOpenError(null);
    setItem(hit);
  };

  const applicant = (): Applicant =>
    draft.kind === 'person'
      ? { kind: 'person', idNumber: normaliseId(draft.idNumber) }
      : { kind: 'enterprise', creditCode: normaliseId(draft.creditCode) };

  const open = async (despiteOpenCase = false) => {
    if (!item || !ready || opening) return;
    setOpening(true);
    setOpenError(null);
    setOpenCaseOf(null);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      if (unregistered && draft.kind === 'person') {
        await registerPerson(normaliseId(draft.idNumber), personName.trim());
        setUnregistered(false);
      }
      const opened = await openCase(
        {
          itemCode: item.code,
          applicant: applicant(),
          ...(draft.agentIdNumber ? { agentIdNumber: normaliseId(draft.agentIdNumber) } : {}),
          ...(windowNo ? { windowNo } : {}),
          ...(despiteOpenCase ? { despiteOpenCase } : {}),
        },
        idempotencyKey.current,
      );
      setCase(opened);
      // The system asks the departments while the clerk checks the materials; trust-first items check later.
      if (!opened.trustFirst && blockingVerifications(opened).length > 0) void verify(opened.id);
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.code === 'not_found' &&
        error.field === 'applicant.idNumber' &&
        draft.kind === 'person'
      ) {
        setUnregistered(true);
      } else if (error instanceof ApiError && error.status === 409 && error.field === 'despiteOpenCase') {
        setOpenCaseOf({ id: String(error.details?.openCaseId), caseNo: String(error.details?.openCaseNo) });
      } else {
        setOpenError(errorText(error));
      }
    } finally {
      setOpening(false);
    }
  };

  const reload = async (id: string) => {
    try {
      setCase(await getCase(id));
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  /**
   * 跳转核验: an answer may tick a condition or waive a material it proves, so the case is taken as the server has it
   * — at once when no tick is on its way, else once the ticks made meanwhile are saved.
   */
  const verify = async (id: string) => {
    setVerifying(true);
    try {
      const answered = await runVerifications(id);
      if (saves.current.pending === 0) {
        setCase((view) => (view?.id === id ? answered : view));
      } else {
        setCase((view) => (view?.id === id ? { ...view, verifications: answered.verifications } : view));
        saves.current.chain = saves.current.chain.then(async () => {
          if (saves.current.pending === 0) await reload(id);
        });
      }
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setVerifying(false);
    }
  };

  /** Shows the tick at once and records it; the server's answer (with its shortfall) follows. */
  const save = (changes: ChecklistChanges) => {
    if (!c) return;
    const id = c.id;
    setCase((current) => current && applyChanges(current, changes));
    saves.current.pending += 1;
    setSaving(true);
    saves.current.chain = saves.current.chain.then(async () => {
      try {
        const updated = await recordChecklist(id, changes);
        // Only the last answer of a burst of ticks replaces the case, so no tick flickers back.
        if (saves.current.pending === 1) setCase(updated);
      } catch (error) {
        void message.error(errorText(error));
        await reload(id);
      } finally {
        saves.current.pending -= 1;
        if (saves.current.pending === 0) setSaving(false);
      }
    });
  };

  // Opening a case puts it in the address; the next applicant takes it out.
  const shownId = c?.id ?? null;
  useEffect(() => {
    if (resuming || shownId === resumeId) return;
    setParams(shownId ? { case: shownId } : {}, { replace: true });
  }, [shownId, resumeId, resuming, setParams]);

  useEffect(() => {
    if (!resuming || !resumeId) return;
    let live = true;
    getCase(resumeId)
      .then((found) => {
        if (!live) return;
        setCase(found);
        setItem({
          code: found.item.code,
          name: found.item.name,
          departmentId: found.item.departmentId,
          handlingType: found.handlingType,
          serviceObjects: [],
          score: 1,
          matched: 'code',
        });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setOpenError(errorText(error));
        setParams({}, { replace: true });
      })
      .finally(() => live && setResuming(false));
    return () => {
      live = false;
    };
  }, [resuming, resumeId, errorText, setParams]);

  const next = () => {
    setCase(null);
    setItem(null);
    setDraft(EMPTY_APPLICANT);
    setPersonName('');
    setUnregistered(false);
    setOpenError(null);
    idempotencyKey.current = null;
  };

  // Focus follows the work, so the clerk can go on typing: item picked → Enter opens the case; case opened →
  // Enter marks everything received; item changed → the search; next applicant → the ID field. It moves after
  // the render, when the target is enabled. Only these changes move it, not the clerk's typing.
  const caseId = c?.id ?? null;
  const identified = useRef(false);
  identified.current = applicantProblems(draft).main === null;
  useEffect(() => {
    if (caseId) allReceivedRef.current?.focus();
    else if (item) openRef.current?.focus();
    else if (identified.current) searchRef.current?.focus();
    else idRef.current?.focus();
  }, [item, caseId]);

  const decided = c !== null && c.state !== 'checking';
  const blocking = c ? blockingCount(c) : 0;
  const primary = c?.actions.find((action) => PRIMARY.has(action));

  return (
    <div className="page desk">
      <div className="desk-head">
        <Typography.Title level={4} className="page-title">
          {t('desk.title')}
        </Typography.Title>
        <Space>
          <span className="muted">{t('desk.windowNo')}</span>
          <Input
            className="desk-window-no"
            value={windowNo}
            maxLength={8}
            placeholder={t('desk.windowNoPlaceholder')}
            onChange={(event) => setWindowNo(event.target.value.replace(/[^0-9A-Za-z-]/g, ''))}
            data-testid="window-no"
          />
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          {c && !draft.idNumber && !draft.creditCode ? (
            // A resumed case: the applicant was identified when it was opened.
            <Card
              size="small"
              title={t('desk.applicant')}
              className="desk-card"
              data-testid="resumed-applicant"
            >
              <strong>{c.applicant.name}</strong>{' '}
              <span className="muted small">
                {t(c.applicant.kind === 'person' ? 'desk.person' : 'desk.enterprise')}
              </span>
            </Card>
          ) : (
            <ApplicantCard
              draft={draft}
              onChange={changeDraft}
              onDone={() => searchRef.current?.focus()}
              locked={c !== null}
              idRef={idRef}
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
                    <Button type="link" size="small" onClick={() => setItem(null)}>
                      {t('desk.change')}
                    </Button>
                  )}
                </Space>
              </div>
            ) : (
              <ItemSearch
                applicantKind={draft.kind}
                onPick={pickItem}
                departmentName={departmentName}
                inputRef={searchRef}
              />
            )}
          </Card>
          {!c && (
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
                      onChange={(event) => setPersonName(event.target.value)}
                      onPressEnter={() => personName.trim() && void open()}
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
                      <Button size="small" onClick={() => void open(true)} data-testid="open-anyway">
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
                loading={opening}
                onClick={() => void open()}
                data-testid="open-case"
              >
                {unregistered ? t('desk.registerAndOpen') : t('desk.open')}
              </Button>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {!c && (
            <Card className="desk-card desk-right">
              {resuming ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.resuming')} />
              ) : item ? (
                <ItemPreview code={item.code} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.openHint')} />
              )}
            </Card>
          )}
          {c && decided && (
            <Card className="desk-card desk-right">
              <DeskOutcome c={c} onNext={next} />
            </Card>
          )}
          {c && !decided && (
            <Card
              className="desk-card desk-right"
              title={
                <span className="desk-case-title">
                  {t('desk.checklist')} · {c.item.name}
                </span>
              }
            >
              <Space size={6} wrap className="desk-case-meta">
                <span className="mono" data-testid="case-no">
                  {c.caseNo}
                </span>
                <CaseStateTag state={c.state} testId="case-state" />
                <HandlingTag type={c.handlingType} />
                {c.trustFirst && <Tag>{t('desk.trustFirst')}</Tag>}
              </Space>
              <ApplicantFlagsAlert flags={c.applicantFlags} />
              <div className="desk-toolbar">
                <Button
                  ref={allReceivedRef}
                  icon={<CheckSquareOutlined />}
                  onClick={() =>
                    undecidedSituational(c.checklist.materials).length > 0
                      ? setAskingSituation(true)
                      : save(allReceivedChanges(c.checklist.materials))
                  }
                  data-testid="all-received"
                >
                  {t('desk.allReceived')}
                </Button>
                <Link to={`/guide/${encodeURIComponent(c.item.code)}`} target="_blank">
                  <FileTextOutlined /> {t('desk.guide')}
                </Link>
                <span className="desk-saving muted small" aria-live="polite">
                  {saving ? (
                    <>
                      <LoadingOutlined /> {t('desk.saving')}
                    </>
                  ) : null}
                </span>
              </div>
              <VerificationPanel
                verifications={c.verifications ?? []}
                trustFirst={c.trustFirst}
                running={verifying}
                onRun={() => void verify(c.id)}
              />
              <ChecklistPanel c={c} onChange={save} onCaseChanged={setCase} />
              <SituationDialog
                open={askingSituation}
                materials={undecidedSituational(c.checklist.materials)}
                onCancel={() => setAskingSituation(false)}
                onDone={(applies) => {
                  setAskingSituation(false);
                  save(
                    allReceivedChanges(c.checklist.materials, {
                      applies,
                      notApplicable: (m) =>
                        t('desk.situationNotApplicable', { condition: m.condition ?? m.name }),
                    }),
                  );
                }}
              />
              <div className="desk-action-bar">
                <ShortfallAlert
                  shortfall={c.shortfall}
                  blockingVerifications={blocking}
                  actionLabel={primary ? label('caseAction', primary) : t('caseAction.accept')}
                />
                <CaseActionButtons
                  c={c}
                  actions={DESK_ACTIONS}
                  size="large"
                  onDone={setCase}
                  onFailed={(error) => {
                    if (
                      error instanceof ApiError &&
                      (error.field === 'checklist' || error.field === 'verifications')
                    )
                      void reload(c.id);
                  }}
                  buttonProps={(action) => ({
                    disabled: windowButtonDisabled(c, action, saving || verifying),
                  })}
                />
              </div>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
