-- Standard Safeguarding Dataset (SSD) 1.0.0 for SQL Server
-- Generated from the SSD spec (upstream release 1.4.5); do not edit by hand.
-- Tables are in dependency order: referenced tables come first.

-- One row per child known to children's social care.
CREATE TABLE [ssd_person] (
    [pers_person_id] NVARCHAR(48) NOT NULL, -- PERS001A: The child's identifier in the case management system.
    [pers_sex] NVARCHAR(1) NULL, -- PERS002A: The child's sex as recorded.
    [pers_dob] DATE NULL, -- PERS005A: Date of birth.
    [pers_death_date] DATE NULL, -- PERS008A: Date of death, if the child has died.
    [pers_nhs_number] NVARCHAR(10) NULL, -- PERS009A: NHS number.
    [pers_upn] NVARCHAR(13) NULL, -- PERS010A: Unique pupil number.
    [pers_is_mother] NCHAR(1) NULL, -- PERS011A: Whether the child is a mother.
    [pers_sdq_score] INT NULL, -- PERS012A: A test integer with bounds.
    [pers_outcome_json] NVARCHAR(MAX) NULL, -- PERS013A: A structured test column.
    CONSTRAINT [pk_ssd_person] PRIMARY KEY ([pers_person_id])
);

-- One row per period of care (episode) of a looked-after child.
CREATE TABLE [ssd_cla_episodes] (
    [clae_cla_episode_id] NVARCHAR(48) NOT NULL, -- CLAE001A: Episode identifier.
    [clae_person_id] NVARCHAR(48) NOT NULL, -- CLAE002A: The child.
    [clae_cla_placement_type] NVARCHAR(2) NULL, -- CLAE003A: Placement type.
    [clae_cla_episode_start_date] DATETIME NOT NULL, -- CLAE004A: Start of the episode.
    [clae_cla_episode_ceased_date] DATETIME NULL, -- CLAE005A: End of the episode.
    [clae_cla_episode_ceased_reason] NVARCHAR(3) NULL, -- CLAE006A: Why the episode ended.
    [clae_factors_json] NVARCHAR(MAX) NULL, -- CLAE007A: A test array of codes.
    CONSTRAINT [pk_ssd_cla_episodes] PRIMARY KEY ([clae_cla_episode_id])
);

-- One row per disability recorded for a child.
CREATE TABLE [ssd_disability] (
    [disa_person_id] NVARCHAR(48) NOT NULL, -- DISA001A: The child.
    [disa_disability_code] NVARCHAR(4) NOT NULL, -- DISA002A: The disability.
    CONSTRAINT [pk_ssd_disability] PRIMARY KEY ([disa_person_id], [disa_disability_code])
);

-- Foreign keys
ALTER TABLE [ssd_cla_episodes] ADD CONSTRAINT [fk_ssd_cla_episodes_clae_person_id] FOREIGN KEY ([clae_person_id]) REFERENCES [ssd_person] ([pers_person_id]);
ALTER TABLE [ssd_disability] ADD CONSTRAINT [fk_ssd_disability_disa_person_id] FOREIGN KEY ([disa_person_id]) REFERENCES [ssd_person] ([pers_person_id]);
