-- Tenor's own tables. Spring Batch's tables live in the same H2 file (created by Spring Boot).

CREATE TABLE IF NOT EXISTS article (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_key     CHAR(64) NOT NULL UNIQUE,      -- SHA-256 of source, date and title (see README)
    content_hash    CHAR(64) NOT NULL,             -- SHA-256 of the parsed content: unchanged re-deliveries
    source          VARCHAR(500) NOT NULL,
    published       DATE NOT NULL,
    category        VARCHAR(500),
    title           VARCHAR(4000) NOT NULL,
    dateline        VARCHAR(500),
    caption         VARCHAR(100000),
    body            VARCHAR(1000000),
    agency          VARCHAR(500),
    publisher       VARCHAR(500),
    location        VARCHAR(4000) NOT NULL,        -- where it was last read from
    note            VARCHAR(1000),                 -- fields cut at their limit: 'title cut at 4,000 characters'
    first_seen      TIMESTAMP NOT NULL,
    updated         TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS article_published ON article (published);

CREATE TABLE IF NOT EXISTS comment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id      BIGINT NOT NULL REFERENCES article (id),
    position        INT NOT NULL,
    text            VARCHAR(1000000) NOT NULL,     -- the comment as written
    own_text        VARCHAR(1000000),              -- the commenter's own words (null: quotes or links only)
    quoted_text     VARCHAR(1000000),
    quotes          VARCHAR(1000),                 -- what the quotes copy: 'article', 'comment 3', ...
    up_votes        INT,                           -- null: votes unknown (truncated file)
    down_votes      INT,
    net_votes       INT,
    text_hash       CHAR(64) NOT NULL,
    note            VARCHAR(1000),                 -- a vote line that cannot be read, a text cut at its limit
    UNIQUE (article_id, position)
);

-- Distinct sentences of commenters' own words; the score cache is keyed by them.
CREATE TABLE IF NOT EXISTS sentence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    text_hash       CHAR(64) NOT NULL UNIQUE,      -- SHA-256 of the normalised sentence text
    text            VARCHAR(1000000) NOT NULL,
    tokens          INT NOT NULL
);

CREATE TABLE IF NOT EXISTS comment_sentence (
    comment_id      BIGINT NOT NULL REFERENCES comment (id),
    idx             INT NOT NULL,
    sentence_id     BIGINT NOT NULL REFERENCES sentence (id),
    PRIMARY KEY (comment_id, idx)
);
CREATE INDEX IF NOT EXISTS comment_sentence_sentence ON comment_sentence (sentence_id);

-- The sentence cache: one CoreNLP result per sentence and model setting.
CREATE TABLE IF NOT EXISTS sentence_score (
    sentence_id     BIGINT NOT NULL REFERENCES sentence (id),
    model           VARCHAR(200) NOT NULL,
    status          VARCHAR(16) NOT NULL,          -- SCORED, TOO_LONG, FAILED
    label           TINYINT,                       -- 0 very negative .. 4 very positive
    p0              DOUBLE PRECISION,
    p1              DOUBLE PRECISION,
    p2              DOUBLE PRECISION,
    p3              DOUBLE PRECISION,
    p4              DOUBLE PRECISION,
    detail          VARCHAR(1000),
    scored_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (sentence_id, model)
);

CREATE TABLE IF NOT EXISTS comment_score (
    comment_id      BIGINT NOT NULL REFERENCES comment (id),
    model           VARCHAR(200) NOT NULL,
    label           TINYINT,                       -- null: nothing of the comment could be scored
    score           DOUBLE PRECISION,              -- expected class rescaled to [-1, 1]
    p0              DOUBLE PRECISION,
    p1              DOUBLE PRECISION,
    p2              DOUBLE PRECISION,
    p3              DOUBLE PRECISION,
    p4              DOUBLE PRECISION,
    sentences       INT NOT NULL,
    unscored        INT NOT NULL,
    PRIMARY KEY (comment_id, model)
);

-- Which articles a job instance covers (its inputs, window and filters).
CREATE TABLE IF NOT EXISTS run_article (
    job_instance_id BIGINT NOT NULL,
    article_id      BIGINT NOT NULL REFERENCES article (id),
    PRIMARY KEY (job_instance_id, article_id)
);

CREATE TABLE IF NOT EXISTS reject (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_instance_id BIGINT NOT NULL,
    location        VARCHAR(4000) NOT NULL,        -- the file or member, without the line: 'cms.jsonl'
    line            INT,                           -- null: no line applies (a corrupt zip)
    reason          VARCHAR(4000) NOT NULL,
    rejected_at     TIMESTAMP NOT NULL,
    UNIQUE (job_instance_id, location, line)       -- several lines of one JSON Lines file
);

-- Archive entries stored before, by the SHA-256 of their bytes: an entry read again byte for byte
-- is the article it was stored as, without parsing it again (ArchiveFingerprints).
CREATE TABLE IF NOT EXISTS archive_entry (
    fingerprint     CHAR(64) PRIMARY KEY,
    article_id      BIGINT NOT NULL REFERENCES article (id)
);

-- Data folders made before the notes: the columns above, added in place (to become a migration).
ALTER TABLE article ADD COLUMN IF NOT EXISTS note VARCHAR(1000);
ALTER TABLE comment ADD COLUMN IF NOT EXISTS note VARCHAR(1000);
