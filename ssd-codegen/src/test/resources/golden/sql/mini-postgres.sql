-- Standard Safeguarding Dataset (SSD) 1.0.0 for PostgreSQL
-- Generated from the SSD spec (upstream release 1.4.5); do not edit by hand.
-- Tables are in dependency order: referenced tables come first.

-- One row per child known to children's social care.
CREATE TABLE "ssd_person" (
    "pers_person_id" VARCHAR(48) NOT NULL, -- PERS001A: The child's identifier in the case management system.
    "pers_sex" VARCHAR(1) NULL, -- PERS002A: The child's sex as recorded.
    "pers_dob" DATE NULL, -- PERS005A: Date of birth.
    "pers_death_date" DATE NULL, -- PERS008A: Date of death, if the child has died.
    "pers_nhs_number" VARCHAR(10) NULL, -- PERS009A: NHS number.
    "pers_upn" VARCHAR(13) NULL, -- PERS010A: Unique pupil number.
    "pers_is_mother" CHAR(1) NULL, -- PERS011A: Whether the child is a mother.
    "pers_sdq_score" INTEGER NULL, -- PERS012A: A test integer with bounds.
    "pers_outcome_json" JSONB NULL, -- PERS013A: A structured test column.
    CONSTRAINT "pk_ssd_person" PRIMARY KEY ("pers_person_id")
);
COMMENT ON TABLE "ssd_person" IS 'One row per child known to children''s social care.';
COMMENT ON COLUMN "ssd_person"."pers_person_id" IS 'The child''s identifier in the case management system.';
COMMENT ON COLUMN "ssd_person"."pers_sex" IS 'The child''s sex as recorded.';
COMMENT ON COLUMN "ssd_person"."pers_dob" IS 'Date of birth.';
COMMENT ON COLUMN "ssd_person"."pers_death_date" IS 'Date of death, if the child has died.';
COMMENT ON COLUMN "ssd_person"."pers_nhs_number" IS 'NHS number.';
COMMENT ON COLUMN "ssd_person"."pers_upn" IS 'Unique pupil number.';
COMMENT ON COLUMN "ssd_person"."pers_is_mother" IS 'Whether the child is a mother.';
COMMENT ON COLUMN "ssd_person"."pers_sdq_score" IS 'A test integer with bounds.';
COMMENT ON COLUMN "ssd_person"."pers_outcome_json" IS 'A structured test column.';

-- One row per period of care (episode) of a looked-after child.
CREATE TABLE "ssd_cla_episodes" (
    "clae_cla_episode_id" VARCHAR(48) NOT NULL, -- CLAE001A: Episode identifier.
    "clae_person_id" VARCHAR(48) NOT NULL, -- CLAE002A: The child.
    "clae_cla_placement_type" VARCHAR(2) NULL, -- CLAE003A: Placement type.
    "clae_cla_episode_start_date" TIMESTAMP(3) NOT NULL, -- CLAE004A: Start of the episode.
    "clae_cla_episode_ceased_date" TIMESTAMP(3) NULL, -- CLAE005A: End of the episode.
    "clae_cla_episode_ceased_reason" VARCHAR(3) NULL, -- CLAE006A: Why the episode ended.
    "clae_factors_json" JSONB NULL, -- CLAE007A: A test array of codes.
    CONSTRAINT "pk_ssd_cla_episodes" PRIMARY KEY ("clae_cla_episode_id")
);
COMMENT ON TABLE "ssd_cla_episodes" IS 'One row per period of care (episode) of a looked-after child.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_cla_episode_id" IS 'Episode identifier.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_person_id" IS 'The child.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_cla_placement_type" IS 'Placement type.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_cla_episode_start_date" IS 'Start of the episode.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_cla_episode_ceased_date" IS 'End of the episode.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_cla_episode_ceased_reason" IS 'Why the episode ended.';
COMMENT ON COLUMN "ssd_cla_episodes"."clae_factors_json" IS 'A test array of codes.';

-- One row per disability recorded for a child.
CREATE TABLE "ssd_disability" (
    "disa_person_id" VARCHAR(48) NOT NULL, -- DISA001A: The child.
    "disa_disability_code" VARCHAR(4) NOT NULL, -- DISA002A: The disability.
    CONSTRAINT "pk_ssd_disability" PRIMARY KEY ("disa_person_id", "disa_disability_code")
);
COMMENT ON TABLE "ssd_disability" IS 'One row per disability recorded for a child.';
COMMENT ON COLUMN "ssd_disability"."disa_person_id" IS 'The child.';
COMMENT ON COLUMN "ssd_disability"."disa_disability_code" IS 'The disability.';

-- Foreign keys
ALTER TABLE "ssd_cla_episodes" ADD CONSTRAINT "fk_ssd_cla_episodes_clae_person_id" FOREIGN KEY ("clae_person_id") REFERENCES "ssd_person" ("pers_person_id");
ALTER TABLE "ssd_disability" ADD CONSTRAINT "fk_ssd_disability_disa_person_id" FOREIGN KEY ("disa_person_id") REFERENCES "ssd_person" ("pers_person_id");
