import { Card, Col, Empty, Input, type InputRef, Row, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { blockingVerifications, type CaseView } from '../../api/cases.ts';
import type { ItemHit } from '../../api/catalogue.ts';
import { useDepartmentName } from '../../hooks/useDepartments.ts';
import { useI18n } from '../../i18n/index.tsx';
import { type ApplicantDraft, applicantProblems, EMPTY_APPLICANT } from './ApplicantCard.tsx';
import { DeskChecklist } from './DeskChecklist.tsx';
import { DeskIntake } from './DeskIntake.tsx';
import { DeskOutcome } from './DeskOutcome.tsx';
import { ItemPreview } from './ItemPreview.tsx';
import { useDeskCase } from './useDeskCase.ts';
import { useDeskOpening } from './useDeskOpening.ts';
import { useWindowNo } from './useWindowNo.ts';

/** The item of a case, as the item search would have found it (a resumed case was not picked at this visit). */
const itemOf = (c: CaseView): ItemHit => ({
  code: c.item.code,
  name: c.item.name,
  departmentId: c.item.departmentId,
  handlingType: c.handlingType,
  serviceObjects: [],
  score: 1,
  matched: 'code',
});

/**
 * 综合窗口: any clerk serves any item. Identify the applicant, pick the item, open the case, work through the one
 * standard checklist (every tick is saved at once and the server's shortfall shown), then complete an instant
 * item on the spot, accept a commitment item, or issue the one-time notice.
 */
export default function WindowDeskPage() {
  const { t, errorText } = useI18n();
  const departmentName = useDepartmentName();
  const [windowNo, setWindowNo] = useWindowNo();
  const [draft, setDraft] = useState<ApplicantDraft>(EMPTY_APPLICANT);
  const [picked, setPicked] = useState<ItemHit | null>(null);

  const idRef = useRef<InputRef>(null);
  const searchRef = useRef<InputRef>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const allReceivedRef = useRef<HTMLButtonElement>(null);

  const desk = useDeskCase((error) => opening.fail(errorText(error)));
  const { c } = desk;
  const item = picked ?? (c ? itemOf(c) : null);
  const problems = applicantProblems(draft);
  const ready = item !== null && problems.main === null && problems.agent === null;
  const opening = useDeskOpening({
    draft,
    item,
    ready,
    windowNo,
    onOpened: (opened) => {
      desk.show(opened);
      // The system asks the departments while the clerk checks the materials; trust-first items check later.
      if (!opened.trustFirst && blockingVerifications(opened).length > 0) desk.verify(opened.id);
    },
  });

  const changeDraft = (next: ApplicantDraft) => {
    opening.restart('applicant');
    setDraft(next);
  };
  const pickItem = (hit: ItemHit | null) => {
    if (hit) opening.restart('item');
    setPicked(hit);
  };
  const next = () => {
    desk.clear();
    setPicked(null);
    setDraft(EMPTY_APPLICANT);
    opening.restart('next');
  };

  // Focus follows the work, so the clerk can go on typing: item picked → Enter opens the case; case opened →
  // Enter marks everything received; item changed → the search; next applicant → the ID field. It moves after
  // the render, when the target is enabled. Only these changes move it, not the clerk's typing.
  const caseId = c?.id ?? null;
  const itemCode = item?.code ?? null;
  const identified = useRef(false);
  identified.current = problems.main === null;
  useEffect(() => {
    if (caseId) allReceivedRef.current?.focus();
    else if (itemCode) openRef.current?.focus();
    else if (identified.current) searchRef.current?.focus();
    else idRef.current?.focus();
  }, [itemCode, caseId]);

  const decided = c !== undefined && c.state !== 'checking';

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
          <DeskIntake
            c={c}
            draft={draft}
            onDraft={changeDraft}
            item={item}
            onItem={pickItem}
            opening={opening}
            ready={ready}
            departmentName={departmentName}
            refs={{ id: idRef, search: searchRef, open: openRef }}
          />
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {!c && (
            <Card className="desk-card desk-right">
              {desk.resuming ? (
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
          {c && !decided && <DeskChecklist c={c} desk={desk} allReceivedRef={allReceivedRef} />}
        </Col>
      </Row>
    </div>
  );
}
