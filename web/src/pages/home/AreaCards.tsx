import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row } from 'antd';
import { Link } from 'react-router-dom';
import type { Area } from '../../areas.tsx';
import { useI18n } from '../../i18n/index.tsx';

/** One card per area the user may open. */
export function AreaCards({ areas }: { areas: Area[] }) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      {areas.map((area) => (
        <Col key={area.id} xs={24} sm={12} xl={8}>
          <Link to={area.path} data-testid={`area-card-${area.id}`}>
            <Card hoverable className="area-card">
              <span className="area-card-icon">{area.icon}</span>
              <span className="area-card-body">
                <span className="area-card-title">{t(area.title)}</span>
                {area.description && <span className="area-card-desc">{t(area.description)}</span>}
              </span>
              <RightOutlined className="area-card-arrow" />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
