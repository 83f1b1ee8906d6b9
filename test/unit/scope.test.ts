import { eventRange, parseScope } from '../../shared/git/scope.js'

describe('scope from events', () => {
  it('a pull request covers base..head', () => {
    expect(eventRange({ name: 'pull_request', payload: { pull_request: { number: 3, base: { sha: 'b' }, head: { sha: 'h' } } } })).toMatchObject({
      base: 'b',
      head: 'h',
      reason: 'pull request #3'
    })
  })

  it('a merge group covers its own base..head, never a commit compared with itself', () => {
    expect(eventRange({ name: 'merge_group', payload: { merge_group: { base_sha: 'b', head_sha: 'h' } } })).toMatchObject({ base: 'b', head: 'h' })
  })

  it('a push covers before..after; a new branch excludes the default branch', () => {
    expect(eventRange({ name: 'push', payload: { before: 'a'.repeat(40), after: 'c'.repeat(40), repository: { default_branch: 'trunk' } } })).toMatchObject({
      base: 'a'.repeat(40),
      newBranchOf: 'trunk'
    })
    const created = eventRange({ name: 'push', payload: { before: '0'.repeat(40), after: 'c'.repeat(40), repository: { default_branch: 'trunk' } } })
    expect(created?.base).toBeUndefined()
    expect(created?.newBranchOf).toBe('trunk')
  })

  it('a branch deletion and a schedule have no range', () => {
    expect(eventRange({ name: 'push', payload: { before: 'a'.repeat(40), after: '0'.repeat(40) } })).toBeUndefined()
    expect(eventRange({ name: 'schedule', payload: {} })).toBeUndefined()
  })

  it('rejects an unknown scope with the allowed values', () => {
    expect(parseScope('')).toBe('auto')
    expect(() => parseScope('everything')).toThrow('allowed values: auto, range, full-history, working-tree, staged')
  })
})
