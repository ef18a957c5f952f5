/**
 * Yearly figures across every case, the analysts' scope. Returns counts and per-victim facts
 * as plain maps, never nodes: no personal record leaves, so none is consulted.
 */
export const YEARLY_FIGURES = `
UNWIND range($fromYear, $toYear) AS year
WITH year, date({year: year}) AS first, date({year: year + 1}) AS next
CALL (first, next) {
  MATCH (c:Case) WHERE NOT c:Staged AND c.openedOn >= first AND c.openedOn < next RETURN count(c) AS investigations
}
CALL (first, next) {
  MATCH (e:Event) WHERE NOT e:Staged AND e.eventType IN ['ARREST', 'PROSECUTION', 'CONVICTION']
    AND e.date >= first AND e.date < next
  RETURN sum(CASE e.eventType WHEN 'ARREST' THEN 1 ELSE 0 END) AS arrests,
    sum(CASE e.eventType WHEN 'PROSECUTION' THEN 1 ELSE 0 END) AS prosecutions,
    sum(CASE e.eventType WHEN 'CONVICTION' THEN 1 ELSE 0 END) AS convictions
}
CALL (first, next) {
  MATCH (v:Person) WHERE NOT v:Staged AND v.category = 'VICTIM' AND v.validFrom >= first AND v.validFrom < next
  OPTIONAL MATCH (v)<-[x:EXPLOITED]-()
  WITH v, head(collect(x.exploitationForm)) AS form
  RETURN collect({
    form: coalesce(form, 'UNKNOWN'),
    gender: coalesce(v.gender, 'UNKNOWN'),
    minor: v.dateOfBirth IS NOT NULL AND v.dateOfBirth + duration('P18Y') > v.validFrom
  }) AS victims
}
RETURN year, investigations, arrests, prosecutions, convictions, victims
ORDER BY year`
