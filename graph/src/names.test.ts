import { describe, expect, it } from 'vitest'
import {
  cyrillicToLatin,
  kindClause,
  phoneticKey,
  searchQuery,
  searchText,
  searchTextFor,
  withKindToken,
} from './names.ts'

describe('spelling-tolerant name keys', () => {
  it('gives Albanian, Serbian Latin, Serbian Cyrillic and ASCII spellings of Krasniqi one key', () => {
    const keys = ['Krasniqi', 'Krasnići', 'Краснићи', 'KRASNICI', 'Krasniçi'].map(phoneticKey)
    expect(new Set(keys)).toEqual(new Set(['krasnici']))
  })

  it('joins other pairs police records mix up', () => {
    expect(phoneticKey('Thaçi')).toBe(phoneticKey('Tači'))
    expect(phoneticKey('Bytyqi')).toBe(phoneticKey('Bitići'))
    expect(phoneticKey('Xhafer')).toBe(phoneticKey('Džafer'))
    expect(phoneticKey('Gjergj')).toBe(phoneticKey('Đerđ'))
    expect(phoneticKey('Shala')).toBe(phoneticKey('Šala'))
    expect(phoneticKey('Đorđević')).toBe(phoneticKey('Djordjevic'))
  })

  it('keeps different names apart', () => {
    expect(phoneticKey('Berisha')).not.toBe(phoneticKey('Krasniqi'))
    expect(phoneticKey('Gashi')).not.toBe(phoneticKey('Hoxha'))
  })

  it('transliterates Serbian Cyrillic keeping capitals', () => {
    expect(cyrillicToLatin('Ђорђе Јовановић')).toBe('Đorđe Jovanović')
    expect(cyrillicToLatin('Џемаил Љубичић')).toBe('Džemail Ljubičić')
  })
})

describe('search text and queries', () => {
  it('indexes phone numbers in international and national form', () => {
    const text = searchText(['+383 44 123 456'])
    expect(text.split(' ')).toEqual(expect.arrayContaining(['38344123456', '044123456']))
  })

  it('indexes identifiers both joined and by part', () => {
    const tokens = searchTextFor('Asset', { name: 'Audi A6', identifier: '01-234-AB' }).split(' ')
    expect(tokens).toEqual(expect.arrayContaining(['01234ab', 'audi', 'a6']))
  })

  it('strips every Lucene operator from user text', () => {
    const q = searchQuery('Krasniqi" OR name:* AND (x~2^9) \\ /regex/ MATCH (n) DETACH DELETE n')
    expect(q).not.toBeNull()
    for (const clause of (q as string).split(' +')) {
      expect(clause.replace(/^\+/, '')).toMatch(/^\([a-z0-9]+\*( OR [a-z0-9]+(\*|~1))*\)$/)
    }
  })

  it('finds nothing to search in punctuation', () => {
    expect(searchQuery('!!! ??? ...')).toBeNull()
  })
})

describe('kind tokens', () => {
  it('marks every node with a token user text cannot produce', () => {
    expect(searchTextFor('Phone', { number: '+38344123456' }).split(' ')).toContain('kind:phone')
    expect(withKindToken('Person', 'arta kind:person')).toBe('arta kind:person')
    expect(searchQuery('kind:person')).not.toContain(':')
  })

  it('builds an escaped clause for a kind filter', () => {
    expect(kindClause(['Person', 'Location'])).toBe('+(kind\\:person OR kind\\:location)')
  })
})
