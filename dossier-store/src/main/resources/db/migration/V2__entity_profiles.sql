-- What an entity's profile and timeline show, kept per corpus entity when the corpus is resolved
-- (EntityProfiles), so that reading them costs about the same for an entity reported in three
-- articles as for one reported in three thousand. Rewritten as a whole with the corpus entities.
-- A store that had corpus entities before this version gets these tables filled when it is
-- first opened after the upgrade.

-- How many times each name or alias was used for the entity.
CREATE TABLE corpus_name_use (
  corpus_id VARCHAR(200) NOT NULL REFERENCES corpus_entity (id) ON DELETE CASCADE,
  name VARCHAR(1000) NOT NULL,
  uses INT NOT NULL
);
CREATE INDEX corpus_name_use_corpus ON corpus_name_use (corpus_id);

-- The events the entity takes part in, one row per role. timeline_seq numbers the events in
-- timeline order (the event's day, the article's date, the article, the place in the text; no
-- day last) and profile_seq newest first, the two orders the queries read.
CREATE TABLE corpus_event (
  corpus_id VARCHAR(200) NOT NULL REFERENCES corpus_entity (id) ON DELETE CASCADE,
  event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  role VARCHAR(20) NOT NULL,
  event_day DATE,
  timeline_seq INT NOT NULL,
  profile_seq INT NOT NULL
);
CREATE INDEX corpus_event_timeline ON corpus_event (corpus_id, timeline_seq);
CREATE INDEX corpus_event_profile ON corpus_event (corpus_id, profile_seq);
CREATE INDEX corpus_event_event ON corpus_event (event_id);

-- The newest descriptors of the entity (a profile shows 100 at most), copied with their article.
CREATE TABLE corpus_descriptor (
  corpus_id VARCHAR(200) NOT NULL REFERENCES corpus_entity (id) ON DELETE CASCADE,
  seq INT NOT NULL,
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  role VARCHAR(500) NOT NULL,
  qualifiers VARCHAR(1000) NOT NULL,
  start_off INT NOT NULL,
  end_off INT NOT NULL
);
CREATE INDEX corpus_descriptor_corpus ON corpus_descriptor (corpus_id, seq);
CREATE INDEX corpus_descriptor_article ON corpus_descriptor (article_id);

-- The newest relations with the entity as subject (outgoing) and as object (100 of each at most).
CREATE TABLE corpus_relation (
  corpus_id VARCHAR(200) NOT NULL REFERENCES corpus_entity (id) ON DELETE CASCADE,
  outgoing BOOLEAN NOT NULL,
  seq INT NOT NULL,
  relation_id BIGINT NOT NULL REFERENCES relation (id) ON DELETE CASCADE
);
CREATE INDEX corpus_relation_corpus ON corpus_relation (corpus_id, outgoing, seq);
CREATE INDEX corpus_relation_relation ON corpus_relation (relation_id);

-- How many of the entity's events rest on each kind of source.
CREATE TABLE corpus_said (
  corpus_id VARCHAR(200) NOT NULL REFERENCES corpus_entity (id) ON DELETE CASCADE,
  source_kind VARCHAR(30) NOT NULL,
  events INT NOT NULL
);
CREATE INDEX corpus_said_corpus ON corpus_said (corpus_id);

-- Where a place or facility is: the coordinates of its first member that has them.
CREATE TABLE corpus_place (
  corpus_id VARCHAR(200) PRIMARY KEY REFERENCES corpus_entity (id) ON DELETE CASCADE,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  country VARCHAR(10)
);
