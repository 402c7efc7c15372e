import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { catalogueKeys } from '../../api/catalogue.ts';
import { catalogueAdminKeys, type ImportResult, importCatalogueXlsx } from '../../api/catalogue-admin.ts';
import { ApiError } from '../../api/client.ts';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';

type Outcome = ImportResult['items'][number]['outcome'];
const OUTCOME_COLOURS: Record<Outcome, string> = { created: 'green', updated: 'blue', unchanged: 'default' };

/** 导入 Excel: uploads a workbook and shows what the server did with each item, or where the file is wrong. */
export function CatalogueImport({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, errorText } = useI18n();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [refusal, setRefusal] = useState<{ where: string; problem: string } | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);

  // What the workbook created or changed shows in the list, the items' pages and the published catalogue.
  const importing = useMutation({
    mutationFn: importCatalogueXlsx,
    onSuccess: (imported) => {
      setResult(imported);
      void queryClient.invalidateQueries({ queryKey: catalogueAdminKeys.all });
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
    onError: (caught) =>
      setRefusal({
        where: caught instanceof ApiError ? (caught.field ?? '') : '',
        problem: errorText(caught),
      }),
  });
  const busy = importing.isPending;

  const upload = (file: File) => {
    setResult(null);
    setRefusal(null);
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setRefusal({ where: file.name, problem: t('cat.import.notXlsx', { name: file.name }) });
      return;
    }
    importing.mutate(file);
  };

  const rows = (result?.items ?? []).filter((row) => showUnchanged || row.outcome !== 'unchanged');
  return (
    <Modal
      open={open}
      title={t('cat.import.title')}
      onCancel={onClose}
      footer={null}
      width={720}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('cat.import.hint')}</Typography.Paragraph>
        <div data-testid="catalogue-import-upload">
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{busy ? t('cat.import.running') : t('cat.import.drop')}</p>
          </Upload.Dragger>
        </div>
        {refusal && (
          <div data-testid="catalogue-import-refused">
            <Alert type="error" showIcon title={t('cat.import.refused')} />
            <Table
              size="small"
              pagination={false}
              rowKey="where"
              dataSource={[refusal]}
              columns={[
                { key: 'where', title: t('cat.import.where'), dataIndex: 'where' },
                { key: 'problem', title: t('cat.import.problem'), dataIndex: 'problem' },
              ]}
            />
          </div>
        )}
        {result && (
          <div data-testid="catalogue-import-result">
            <Alert
              type="success"
              showIcon
              title={t('cat.import.summary', {
                created: result.created,
                updated: result.updated,
                unchanged: result.unchanged,
              })}
            />
            <Checkbox checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)}>
              {t('cat.import.showUnchanged')}
            </Checkbox>
            <Table
              size="small"
              rowKey="code"
              dataSource={rows}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { key: 'row', title: t('cat.import.row'), dataIndex: 'row', width: 120 },
                { key: 'code', title: t('cat.col.code'), dataIndex: 'code' },
                {
                  key: 'outcome',
                  title: t('cat.import.outcome'),
                  render: (_, row) => (
                    <Tag color={OUTCOME_COLOURS[row.outcome]}>
                      {t(`cat.import.outcome.${row.outcome}` as MessageKey)}
                    </Tag>
                  ),
                },
              ]}
            />
          </div>
        )}
      </Space>
    </Modal>
  );
}
