import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Drawer, Form, Grid, Input, message, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { type Rectification, recordReturnVisit, rectificationKeys } from '../../api/rectifications.ts';
import { supervisionKeys } from '../../api/supervision.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RectificationDeadline } from './RectificationDeadline.tsx';
import { RectificationFacts } from './RectificationFacts.tsx';

interface VisitForm {
  measures: string;
  visitedAt: Dayjs;
  applicantSatisfied: boolean;
  note?: string;
}

/** The server's rule (rectifications.ts): the item's department's approvers, supervisors and administrators. */
function mayRecord(user: { roles: string[]; department: { id: string } | null }, r: Rectification) {
  if (user.roles.includes('supervisor') || user.roles.includes('administrator')) return true;
  return user.roles.includes('department_approver') && user.department?.id === r.departmentId;
}

/** One rectification: the rating, the case, the return visits so far and the form that records the next. */
export function RectificationDrawer({
  rectification: r,
  onClose,
  onChanged,
}: {
  rectification: Rectification | null;
  onClose: () => void;
  onChanged: (updated: Rectification) => void;
}) {
  const { t, errorText } = useI18n();
  const user = useUser();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<VisitForm>();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const id = r?.id;
  const measures = r?.measures;
  const visits = r?.returnVisits.length ?? 0;

  // A fresh form for each rectification and after each visit: the measures so far, the visit dated now.
  useEffect(() => {
    if (!id) return;
    void visits;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ measures: measures ?? '', visitedAt: dayjs() });
  }, [id, measures, visits, form]);

  const saving = useMutation({
    mutationFn: ({ id: rectificationId, values }: { id: string; values: VisitForm }) =>
      recordReturnVisit(rectificationId, {
        measures: values.measures,
        visitedAt: values.visitedAt.toISOString(),
        applicantSatisfied: values.applicantSatisfied,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      }),
    onMutate: () => setError(null),
    onSuccess: (updated) => {
      void message.success(t(updated.state === 'closed' ? 'rect.closedMessage' : 'rect.visitedMessage'));
      // The lists and the supervisors' board count it again.
      void queryClient.invalidateQueries({ queryKey: rectificationKeys.all });
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.board() });
      onChanged(updated);
    },
    onError: (e) => {
      if (!showFieldError(form, e, errorText(e), ['measures', 'visitedAt', 'note'])) setError(e);
    },
  });
  const submit = (values: VisitForm) => r && saving.mutate({ id: r.id, values });

  return (
    <Drawer
      open={r !== null}
      onClose={onClose}
      size={screens.sm === false ? '100%' : 560}
      title={r ? t('rect.drawerTitle', { caseNo: r.caseNo }) : ''}
      extra={r && <RectificationDeadline rectification={r} />}
      data-testid="rect-drawer"
    >
      {r && (
        <>
          <RectificationFacts rectification={r} />

          {r.state === 'open' && !mayRecord(user, r) && (
            <Alert type="info" showIcon title={t('rect.readOnly')} />
          )}
          {r.state === 'open' && mayRecord(user, r) && (
            <Form<VisitForm>
              form={form}
              layout="vertical"
              onFinish={submit}
              requiredMark
              data-testid="rect-form"
            >
              {error !== null && (
                <Alert type="error" showIcon title={errorText(error)} className="form-alert" />
              )}
              <Form.Item
                name="measures"
                label={t('rect.measures')}
                rules={[{ required: true, whitespace: true, message: t('rect.measuresRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={2000} placeholder={t('rect.measuresPlaceholder')} />
              </Form.Item>
              <Form.Item
                name="visitedAt"
                label={t('rect.visitedAt')}
                rules={[{ required: true, message: t('rect.visitedAtRequired') }]}
              >
                <DatePicker
                  showTime
                  disabledDate={(day) =>
                    day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(r.rating.ratedAt), 'day')
                  }
                />
              </Form.Item>
              <Form.Item
                name="applicantSatisfied"
                label={t('rect.applicantSatisfied')}
                rules={[{ required: true, message: t('rect.applicantSatisfiedRequired') }]}
              >
                <Radio.Group>
                  <Space orientation="vertical">
                    <Radio value={true} data-testid="rect-satisfied">
                      {t('rect.satisfied')}
                    </Radio>
                    <Radio value={false} data-testid="rect-not-satisfied">
                      {t('rect.notSatisfied')}
                    </Radio>
                  </Space>
                </Radio.Group>
              </Form.Item>
              <Form.Item name="note" label={t('rect.note')}>
                <Input.TextArea rows={2} maxLength={1000} placeholder={t('rect.notePlaceholder')} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={saving.isPending} data-testid="rect-submit">
                {t('rect.submit')}
              </Button>
            </Form>
          )}
        </>
      )}
    </Drawer>
  );
}
