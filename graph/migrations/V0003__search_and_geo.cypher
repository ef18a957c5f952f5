// searchText holds name, aliases, numbers and identifiers folded to one Latin key per spelling
// (see graph/src/names.ts), so Albanian, Serbian Latin and Serbian Cyrillic spellings meet.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Location|Phone|Asset|Event|Case|Source) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
CREATE POINT INDEX location_point IF NOT EXISTS FOR (l:Location) ON (l.point);
CREATE INDEX person_category IF NOT EXISTS FOR (p:Person) ON (p.category);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX phone_number IF NOT EXISTS FOR (p:Phone) ON (p.number);
CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
