import { describe, expect, it } from 'vitest'
import { parseImportLine } from './imports.ts'

describe('import bench lines', () => {
  it('reads label, seconds and rate as import.ts prints them', () => {
    expect(
      parseImportLine(
        '  workbench import (parse, E.164, validate, match, provenance, staged, audited)  24.1 s  4148 rows/s  (100000 calls)',
      ),
    ).toEqual({
      label: 'workbench import (parse, E.164, validate, match, provenance, staged, audited)',
      seconds: 24.1,
      rowsPerSecond: 4148,
    })
    expect(
      parseImportLine(
        '  LOAD CSV, same properties as the workbench (ids, import key, provenance)      6.3 s  15806 rows/s',
      )?.rowsPerSecond,
    ).toBe(15806)
  })

  it('ignores the other lines', () => {
    expect(parseImportLine('  phases (cumulative): read+check 4.1 s, matched 0.8 s')).toBeNull()
    expect(
      parseImportLine('  Check of a 2-row file, first statements: 812 ms, 90 ms, 85 ms'),
    ).toBeNull()
  })
})
