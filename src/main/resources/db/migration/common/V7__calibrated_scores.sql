-- What the calibrated score reads besides CoreNLP's root distribution, cached per sentence like it.

-- CoreNLP's whole sentiment analysis of a sentence (news.tenor.scoring.SentenceAnalysis, format a1):
-- the binarised tree with the five class probabilities at every node, the tokens and their tags,
-- about 440 bytes. Keyed like the sentence's score (CoreNLP release and parser); kept for sentences
-- parsed from this release on, so that a new calibration, or the sentiment toward the people
-- named in it, never parses the sentence again.
CREATE TABLE sentence_analysis (
    sentence_id     BIGINT NOT NULL REFERENCES sentence (id),
    model           VARCHAR(200) NOT NULL,
    analysis        VARCHAR(100000) NOT NULL,
    PRIMARY KEY (sentence_id, model)
);

-- A sentence's language on its own (news.tenor.scoring.language.LanguageDetection.Verdict), by
-- detector release: the comment-level rule resolves the undetermined ones from these.
CREATE TABLE sentence_language (
    sentence_id     BIGINT NOT NULL REFERENCES sentence (id),
    detector        VARCHAR(100) NOT NULL,
    language        VARCHAR(16) NOT NULL,           -- ISO 639-1; 'und': too short to tell
    letters         INT NOT NULL,
    latin           BOOLEAN NOT NULL,               -- written mostly in Latin script
    PRIMARY KEY (sentence_id, detector)
);

-- A calibrated comment score also says which calibration scored it (calibrated-v1 for a comment
-- whose cache had only CoreNLP's root distributions) and what was not in English.
ALTER TABLE comment_score ADD COLUMN calibration VARCHAR(50);
ALTER TABLE comment_score ADD COLUMN languages VARCHAR(200);   -- 'Japanese', 'Japanese, English'; null: English
ALTER TABLE comment_score ADD COLUMN not_english INT;          -- sentences not in English (not scored)
