-- Map queries on the components registry ask for a bounding box within one district: a btree on
-- (district_code, lng, lat) answers `district_code = $1 AND lng BETWEEN … AND lat BETWEEN …` with one index
-- range scan on longitude, latitude checked inside the index. Nearest-component queries use the same box.
CREATE INDEX components_location ON components(district_code, lng, lat);
