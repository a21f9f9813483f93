-- How the search index was built (one row): the version of the text analysis (stemming, word forms) its terms were
-- made with. When the portal starts with another analysis, it rebuilds the index, so searches and indexed lessons
-- never disagree about word forms.
create table search_index_state (
    singleton        integer      not null,
    analysis_version varchar(100) not null,
    updated_at       timestamp with time zone not null,
    constraint pk_search_index_state primary key (singleton),
    constraint ck_search_index_state_singleton check (singleton = 1)
);
