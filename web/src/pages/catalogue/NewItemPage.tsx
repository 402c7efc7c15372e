import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useNavigate } from 'react-router-dom';
import { createCatalogueItem } from '../../api/catalogue-admin.ts';
import { useI18n } from '../../i18n/index.tsx';
import './catalogue.css';
import { blankDefinition } from './definition-form.ts';
import { ItemEditor } from './ItemEditor.tsx';

/** 新建事项: a new item is a draft until it is published; its page opens once it is created. */
export default function NewItemPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (
    <div className="page">
      <Card
        title={t('cat.new')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/catalogue')}>
            {t('cat.back')}
          </Button>
        }
      >
        <ItemEditor
          definition={blankDefinition()}
          creating
          save={createCatalogueItem}
          onSaved={(item) => {
            void message.success(t('cat.createdOk'));
            navigate(`/catalogue/items/${encodeURIComponent(item.code)}`);
          }}
        />
      </Card>
    </div>
  );
}
