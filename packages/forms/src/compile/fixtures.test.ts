import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../test/node/fixtures.js';
import { compileForm } from './compile-form.js';

const sortIssues = (list: { path: string; code: string }[]) =>
  list
    .map(({ path, code }) => ({ path, code }))
    .sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

describe.each(loadFixtures())('$file: $description', (fixture) => {
  const form = compileForm(fixture.definition);
  it.each(fixture.cases.map((c, i) => ({ ...c, i })))('case $i', ({ data, issues }) => {
    const result = form.validate(data);
    const actual = result.ok ? [] : result.issues;
    expect(sortIssues(actual)).toEqual(sortIssues(issues));
    expect(result.ok).toBe(issues.length === 0);
    for (const issue of actual) expect(issue.message).not.toBe(issue.code);
  });
});
