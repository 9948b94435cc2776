-- Who readers are talking about (news.tenor.mentions): the named entities CoreNLP's recogniser
-- finds, cached like the scores so that a rerun runs it on nothing, and what a run made of them.
-- Portable SQL: H2 and PostgreSQL read it alike.

-- The people, organisations and places of a sentence of commenters' own words
-- (news.tenor.mentions.SentenceMentions, format m1: 'm1 15 P0.1 Takaichi P7.1 Koizumi', 'm1 12'
-- without any), keyed by the recogniser's model (corenlp-4.5.10/ner-3class). Written once.
CREATE TABLE sentence_mentions (
    sentence_id     BIGINT NOT NULL REFERENCES sentence (id),
    model           VARCHAR(200) NOT NULL,
    mentions        VARCHAR(100000) NOT NULL,
    PRIMARY KEY (sentence_id, model)
);

-- The same for an article's title, caption and body (to know who the article is about and to
-- complete short names): one m1 line per sentence as Tenor's splitter cuts them, joined by
-- newlines. content_hash is the article's when it was tagged: a changed article is tagged again.
CREATE TABLE article_mentions (
    article_id      BIGINT NOT NULL REFERENCES article (id),
    model           VARCHAR(200) NOT NULL,
    content_hash    CHAR(64) NOT NULL,
    sentences       INT NOT NULL,
    mentions        VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (article_id, model)
);

-- A run's entities, one canonical name each (news.tenor.mentions.EntityResolver), by the model
-- of the mention scores (the comment score's key plus /entity-v1).
CREATE TABLE entity (
    job_instance_id BIGINT NOT NULL,
    model           VARCHAR(200) NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    type            VARCHAR(16) NOT NULL,           -- PERSON, ORGANISATION, PLACE
    names           VARCHAR(10000) NOT NULL,        -- every name it was written as, '; ' between
    PRIMARY KEY (job_instance_id, model, name, type)
);

-- A comment's sentiment toward each entity it names: the mean over its mentions, on the comment
-- score's scale and bands. Keyed by comment and model like comment_score, so the report of any
-- period reads it without knowing which run resolved it (the latest run did).
CREATE TABLE mention (
    comment_id      BIGINT NOT NULL REFERENCES comment (id),
    model           VARCHAR(200) NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    type            VARCHAR(16) NOT NULL,
    as_written      VARCHAR(4000) NOT NULL,         -- as the comment wrote it, '; ' between forms
    mentions        INT NOT NULL,
    score           DOUBLE PRECISION,               -- in [-1, 1]; null: no sentence of it scored
    label           SMALLINT,                       -- 0 very negative .. 4 very positive
    PRIMARY KEY (comment_id, model, name, type)
);
CREATE INDEX mention_entity ON mention (model, name, type);
