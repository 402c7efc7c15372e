import { useMutation, useQueryClient } from '@tanstack/react-query';
import { STAFF_ROLES } from '@yimen/shared/roles';
import { Alert, App, Button, Drawer, Form, Grid, Input, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { createStaff, type StaffChanges, staffKeys, updateStaff } from '../../api/staff.ts';
import type { Department, Staff } from '../../api/types.ts';
import { showFieldError } from '../../components/formErrors.ts';
import { useI18n } from '../../i18n/index.tsx';
import { JurisdictionSelect } from './JurisdictionSelect.tsx';

interface Values {
  username: string;
  displayName: string;
  password?: string;
  roles: string[];
  departmentId: string;
  jurisdictionCode: string;
  active: boolean;
}

const FIELDS = ['username', 'displayName', 'password', 'roles', 'departmentId', 'jurisdictionCode', 'active'];
/** The server's rule (staff.schemas.ts): a lower-case letter, then lower-case letters, digits, . _ or -. */
const USERNAME = /^[a-z][a-z0-9._-]{2,31}$/;
const MIN_PASSWORD = 10;

interface Props {
  open: boolean;
  /** null: create a new staff member. */
  editing: Staff | null;
  departments: Department[];
  onClose: () => void;
  onSaved: () => void;
}

/** Creates a staff account, or edits one (only the fields that changed are sent). */
export function StaffFormDrawer({ open, editing, departments, onClose, onSaved }: Props) {
  const { t, label, departmentName, errorText } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            username: editing.username,
            displayName: editing.displayName,
            password: '',
            roles: editing.roles,
            departmentId: editing.department.id,
            jurisdictionCode: editing.jurisdiction.code,
            active: editing.active,
          }
        : { roles: [], active: true },
    );
  }, [open, editing, form]);

  const changes = (values: Values, before: Staff): StaffChanges => {
    const out: StaffChanges = {};
    if (values.displayName.trim() !== before.displayName) out.displayName = values.displayName.trim();
    if ([...values.roles].sort().join() !== [...before.roles].sort().join()) out.roles = values.roles;
    if (values.departmentId !== before.department.id) out.departmentId = values.departmentId;
    if (values.jurisdictionCode !== before.jurisdiction.code) out.jurisdictionCode = values.jurisdictionCode;
    if (values.active !== before.active) out.active = values.active;
    if (values.password) out.password = values.password;
    return out;
  };

  const save = useMutation({
    mutationFn: async (values: Values) => {
      if (editing) {
        const diff = changes(values, editing);
        if (Object.keys(diff).length > 0) await updateStaff(editing.id, diff);
        return values.displayName;
      }
      const staff = await createStaff({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password ?? '',
        roles: values.roles,
        departmentId: values.departmentId,
        jurisdictionCode: values.jurisdictionCode,
      });
      return staff.displayName;
    },
    onMutate: () => setError(null),
    onSuccess: (name) => {
      void message.success(t(editing ? 'staff.updated' : 'staff.created', { name }));
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
      onSaved();
    },
    onError: (caught) => {
      const text = errorText(caught);
      if (!showFieldError(form, caught, text, FIELDS)) setError(text);
    },
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? `${t('staff.edit')} · ${editing.displayName}` : t('staff.new')}
      size={screens.sm === false ? '100%' : 480}
      destroyOnHidden
      data-testid="staff-drawer"
      footer={
        <Space className="drawer-footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="staff-submit"
          >
            {t('staff.submit')}
          </Button>
        </Space>
      }
    >
      {error && (
        <Alert type="error" showIcon title={error} className="form-alert" data-testid="staff-error" />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)} requiredMark>
        <Form.Item
          name="username"
          label={t('staff.username')}
          extra={editing ? undefined : t('staff.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('staff.usernameRequired') },
            { pattern: USERNAME, message: t('staff.usernameInvalid') },
          ]}
        >
          <Input autoComplete="off" disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('staff.displayName')}
          rules={[{ required: true, whitespace: true, message: t('staff.displayNameRequired') }]}
        >
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="password"
          label={editing ? t('staff.newPassword') : t('staff.password')}
          extra={editing ? t('staff.passwordHint') : undefined}
          rules={[
            { required: !editing, message: t('staff.passwordRequired') },
            { min: MIN_PASSWORD, message: t('staff.passwordTooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('staff.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('staff.rolesRequired') }]}
        >
          <Select
            mode="multiple"
            allowClear
            options={STAFF_ROLES.map((role) => ({ value: role, label: label('role', role) }))}
          />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label={t('staff.department')}
          rules={[{ required: true, message: t('staff.departmentRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.map((department) => ({
              value: department.id,
              label: departmentName(department),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="jurisdictionCode"
          label={t('staff.jurisdiction')}
          rules={[{ required: true, message: t('staff.jurisdictionRequired') }]}
        >
          <JurisdictionSelect initial={editing?.jurisdiction ?? null} />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={t('staff.active')} valuePropName="checked">
            <Switch checkedChildren={t('staff.activeOn')} unCheckedChildren={t('staff.activeOff')} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
