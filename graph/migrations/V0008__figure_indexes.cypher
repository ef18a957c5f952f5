// The analysts' yearly figures count events by type and date, cases by opening date and persons
// by category; without these each year of a report scans every node of the label.
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.eventType, e.date);
CREATE INDEX case_opened IF NOT EXISTS FOR (c:Case) ON (c.openedOn);
CREATE INDEX person_category IF NOT EXISTS FOR (p:Person) ON (p.category);
