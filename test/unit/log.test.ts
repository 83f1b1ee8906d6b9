import { consoleLogger, formatDuration } from '../../shared/log.js'

describe('consoleLogger', () => {
  it('masks registered values in every line', () => {
    const lines: string[] = []
    const log = consoleLogger({ write: l => lines.push(l) })
    log.mask('s3cr3t-value')
    log.info('found s3cr3t-value in file')
    log.warning('again s3cr3t-value')
    expect(lines.join('\n')).not.toContain('s3cr3t-value')
    expect(lines[0]).toBe('found *** in file')
  })

  it('formats durations for people', () => {
    expect(formatDuration(850)).toBe('850 ms')
    expect(formatDuration(4200)).toBe('4.2 s')
    expect(formatDuration(185_000)).toBe('3 min 05 s')
  })
})
