// Everything the rule registry decides outside the code: the `copydesk.*` settings of package.json, the
// JSON schema of `.copydesk.json`, the docs/rules/ index and the skeleton of a missing rule page.
// scripts/generate.mjs writes them; test/unit/manifest.test.ts runs the same functions and fails on drift.
// Pure functions of RULES (and the repository URL): no file system here.

import { SEVERITIES } from '../server/src/core/finding';
import { RULES, type Rule } from '../server/src/core/rules/index';

export { RULES };

/** What `copydesk.rules.<id>` accepts; `default` defers to `.copydesk.json`, then the rule's own severity. */
export const RULE_SETTING_VALUES = ['default', ...SEVERITIES, 'off'] as const;
/** What `.copydesk.json` `rules` accepts: the file is where the default comes from, so no `default`. */
export const CONFIG_SEVERITY_VALUES = [...SEVERITIES, 'off'] as const;
/** Mirrors core/config.ts, which accepts these ids for a newsroom's own rules. */
export const CUSTOM_RULE_PATTERN = '^custom\\.[A-Za-z0-9][\\w.-]*$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** https://github.com/o/r(.git) → https://github.com/o/r/blob/main/docs/rules/ — where settings link to. */
export function docsBaseUrl(repositoryUrl: string): string {
  return repositoryUrl.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '') + '/blob/main/docs/rules/';
}

export function ruleDocUrl(repositoryUrl: string, rule: Rule): string {
  return `${docsBaseUrl(repositoryUrl)}${rule.id}.md`;
}

function ruleSettingDescription(rule: Rule, repositoryUrl: string): string {
  const fix = rule.fixable ? ' Offers a quick fix.' : '';
  return `${rule.summary}\n\nDefault severity: **${rule.severity}**.${fix} ` +
    `[Documentation](${ruleDocUrl(repositoryUrl, rule)})`;
}

/** `contributes.configuration` of package.json. */
export function configurationContribution(repositoryUrl: string): JsonObject {
  const properties: JsonObject = {
    'copydesk.enable': {
      type: 'boolean',
      default: true,
      scope: 'resource',
      order: 0,
      description: 'Check Markdown, plain text and news documents in this folder.',
    },
    'copydesk.publicationDate': {
      type: 'string',
      default: '',
      // Empty means "none": relative-date checks stay silent unless the article dates itself.
      pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
      patternErrorMessage: 'A date as YYYY-MM-DD (e.g. 2024-09-26), or empty for none.',
      scope: 'resource',
      order: 1,
      markdownDescription:
        'The publication date (YYYY-MM-DD) for articles that state none: no front matter `date:` and no ' +
        'dateline. Dates without a year and words like "yesterday" are resolved against it. Empty: none.',
    },
    'copydesk.quoteStyle': {
      type: 'string',
      enum: ['auto', 'curly', 'straight'],
      enumDescriptions: [
        'Whichever style most quotation marks of the document already use.',
        'Curly quotes: “ ” ‘ ’.',
        'Straight quotes: " \'.',
      ],
      default: 'auto',
      scope: 'resource',
      order: 2,
      markdownDescription: 'The house style of quotation marks, used by `quote.mixed-style`.',
    },
    'copydesk.percentStyle': {
      type: 'string',
      enum: ['%', 'percent'],
      enumDescriptions: ['The sign: 5%, as AP has written it since 2019.', 'The word: 5 percent.'],
      default: '%',
      scope: 'resource',
      order: 4,
      markdownDescription: 'The house style for percentages. `%` leaves the choice to `.copydesk.json` when it sets `percentStyle`.',
    },
    'copydesk.inlayHints.sums': {
      type: 'boolean',
      default: false,
      scope: 'resource',
      order: 5,
      markdownDescription: 'Show the sum of figures that should add up (parts of a total) as an inlay hint after them.',
    },
    'copydesk.inlayHints.relativeDates': {
      type: 'boolean',
      default: false,
      scope: 'resource',
      order: 6,
      markdownDescription: 'Show the date a relative one ("yesterday", "on Tuesday") resolves to, as an inlay hint after it.',
    },
    'copydesk.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      // The client reads it once for its one server, whatever the document: not per resource.
      scope: 'window',
      order: 3,
      // vscode-languageclient 11 traces only while the channel's log level is Trace; this sets the detail.
      markdownDescription:
        'How much of the messages between VS Code and the Copydesk language server to trace. Tracing runs while ' +
        'the **Copydesk** output is at log level Trace (the gear in the Output panel, or **Developer: Set Log ' +
        'Level…**): `off` and `messages` trace each message, `verbose` its content too.',
    },
  };
  RULES.forEach((rule, index) => {
    properties[`copydesk.rules.${rule.id}`] = {
      type: 'string',
      enum: [...RULE_SETTING_VALUES],
      enumDescriptions: [
        `As \`.copydesk.json\` says, else the rule's own severity (${rule.severity}).`,
        'Report as an error.',
        'Report as a warning.',
        'Report as information.',
        'Report as a hint (shown faintly).',
        'Do not run this rule.',
      ],
      default: 'default',
      scope: 'resource',
      order: 10 + index,
      markdownDescription: ruleSettingDescription(rule, repositoryUrl),
    };
  });
  return { title: 'Copydesk', properties };
}

/** schemas/copydesk.schema.json: what core/config.ts accepts, so editors complete and check it. */
export function configSchema(repositoryUrl: string): JsonObject {
  const rules: JsonObject = {};
  for (const rule of RULES) {
    rules[rule.id] = {
      $ref: '#/definitions/severity',
      markdownDescription: `${rule.summary}\n\nDefault: **${rule.severity}**. [Documentation](${ruleDocUrl(repositoryUrl, rule)})`,
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Copydesk configuration (.copydesk.json)',
    description:
      'Shared by the Copydesk editor extension and the copydesk CLI. The nearest .copydesk.json in the ' +
      "file's folder or above applies; editor settings override it per rule.",
    type: 'object',
    // VS Code's JSON service reads these two: core/config.ts accepts comments and trailing commas.
    allowComments: true,
    allowTrailingCommas: true,
    properties: {
      $schema: { type: 'string' },
      publicationDate: {
        type: 'string',
        pattern: DATE_PATTERN,
        description: 'The publication date (YYYY-MM-DD) for articles that state none.',
      },
      quoteStyle: {
        type: 'string',
        enum: ['auto', 'curly', 'straight'],
        default: 'auto',
        description: 'The house style of quotation marks (auto: the majority of the document).',
      },
      attribution: {
        type: 'object',
        description: 'The attribution engine\'s word lists.',
        properties: {
          cues: {
            type: 'array',
            items: { type: 'string' },
            description: 'Reporting verbs to recognise besides the built-in ones, as written ("grumbled", "quipped").',
          },
          loadedVerbs: {
            type: 'array',
            items: { type: 'string' },
            description: 'The verbs attribution.loaded-verb reports, as lemmas ("claim", "admit"); replaces the built-in list.',
          },
        },
        additionalProperties: false,
      },
      percentStyle: {
        type: 'string',
        enum: ['%', 'percent'],
        default: '%',
        description: 'The house style for percentages: "%" (AP since 2019) or "percent".',
      },
      accept: {
        type: 'object',
        description: 'Accepted as written: findings on these are dropped.',
        properties: {
          names: {
            type: 'array',
            items: { type: 'string', maxLength: 200 },
            description: 'People and organisations as the house spells them; attribution.* findings on them are dropped.',
          },
          abbreviations: {
            type: 'array',
            items: { type: 'string', maxLength: 200 },
            description: 'Abbreviations used without spelling out; style.abbreviation-* findings on them are dropped.',
          },
          terms: {
            type: 'array',
            items: { type: 'string', maxLength: 200 },
            description: 'Words and spellings the house accepts; style.variant and custom.* findings on them are dropped.',
          },
        },
        additionalProperties: false,
      },
      style: {
        type: 'object',
        description: 'House style for the style.* rules.',
        properties: {
          preferred: {
            type: 'object',
            description: 'The house spelling of a term and the forms it replaces ({ "Kyiv": ["Kiev"], "ceasefire": ["cease-fire", "cease fire"] }); style.variant fixes them to it.',
            additionalProperties: {
              anyOf: [{ type: 'string', minLength: 1, maxLength: 100 }, { type: 'array', items: { type: 'string', minLength: 1, maxLength: 100 } }],
            },
          },
        },
        additionalProperties: false,
      },
      custom: {
        type: 'array',
        description: 'A newsroom\'s own rules (docs/custom-rules.md): words or an RE2 pattern to report, replace, or keep consistent.',
        maxItems: 200,
        items: {
          type: 'object',
          required: ['id', 'message'],
          properties: {
            id: { type: 'string', pattern: CUSTOM_RULE_PATTERN, description: 'custom.<name>: the diagnostic code and the key under "rules".' },
            type: {
              type: 'string',
              enum: ['existence', 'substitution', 'consistency'],
              enumDescriptions: [
                'Report every match.',
                'Report every match with "replacement" as its fix.',
                '"words" are forms of one term: the first or majority form wins, the others are fixed to it.',
              ],
              description: 'Default: substitution when there is a replacement, else existence.',
            },
            message: { type: 'string', minLength: 1, description: 'Shown for each finding; {match} and {replacement} are filled in.' },
            severity: { type: 'string', enum: [...SEVERITIES], default: 'warning' },
            pattern: { type: 'string', minLength: 1, maxLength: 1000, description: 'RE2 syntax (no lookaround, no backreferences: matched in linear time); $1… in the replacement.' },
            words: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 100 }, description: 'Words or phrases, matched whole and case-insensitively.' },
            replacement: { type: 'string', description: 'The fix (substitution).' },
          },
          oneOf: [{ required: ['pattern'] }, { required: ['words'] }],
          additionalProperties: false,
        },
      },
      rules: {
        type: 'object',
        description: 'Severity per rule id, or "off". Ids of a newsroom\'s own rules start with "custom.".',
        properties: rules,
        patternProperties: { [CUSTOM_RULE_PATTERN]: { $ref: '#/definitions/severity' } },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: {
        type: 'string',
        enum: [...CONFIG_SEVERITY_VALUES],
      },
    },
  };
}

const FAMILY_TITLES: Record<string, string> = {
  quote: 'Quotation marks',
  attribution: 'Attribution: who said it',
  figures: 'Figures: numbers that must agree',
  dates: 'Dates: a consistent timeline',
  style: 'House style',
};

/** docs/rules/README.md: the index, one table per family, in registry order. */
export function docsIndex(): string {
  const families = [...new Set(RULES.map((rule) => rule.id.split('.')[0]))];
  const sections = families.map((family) => {
    const rows = RULES.filter((rule) => rule.id.split('.')[0] === family).map(
      (rule) => `| [${rule.id}](${rule.id}.md) | ${rule.title} | ${rule.severity} | ${rule.fixable ? 'yes' : '—'} |`,
    );
    return [`## ${FAMILY_TITLES[family] ?? family}`, '', '| Rule | What it checks | Default | Fix |', '|---|---|---|---|', ...rows].join('\n');
  });
  return [
    '<!-- Generated by `npm run generate` from server/src/core/rules/index.ts. Do not edit by hand. -->',
    '# Copydesk rules',
    '',
    'Every rule has an id. It is the diagnostic code, the setting `copydesk.rules.<id>` and the key under',
    '`rules` in `.copydesk.json`, where each rule can be set to `error`, `warning`, `information`, `hint` or `off`:',
    '',
    '```json',
    '{ "rules": { "quote.mixed-style": "off" } }',
    '```',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

/** The page `npm run generate` writes for a new rule, to be replaced by a hand-written one. */
export function docSkeleton(rule: Rule): string {
  return [
    ruleHeader(rule),
    '',
    rule.summary,
    '',
    '## Why',
    '',
    'TODO: the AP Stylebook rule or newsroom practice behind this check.',
    '',
    '## Reported',
    '',
    'TODO: examples that are reported.',
    '',
    '## Not reported',
    '',
    'TODO: near misses that are left alone.',
    '',
    '## Fix',
    '',
    rule.fixable ? 'TODO: what the quick fix changes.' : 'This rule has no automatic fix.',
    '',
    '## Configure',
    '',
    configureSection(rule),
    '',
  ].join('\n');
}

/** The first lines of every rule page; the drift test checks each page starts with them. */
export function ruleHeader(rule: Rule): string {
  return `# ${rule.id}\n\n**${rule.title}** · default severity: ${rule.severity} · quick fix: ${rule.fixable ? 'yes' : 'no'}`;
}

/** The "Configure" section every rule page ends with; the drift test checks each page contains it. */
export function configureSection(rule: Rule): string {
  return [
    'In `.copydesk.json` (shared by the editor and the CLI):',
    '',
    '```json',
    `{ "rules": { "${rule.id}": "off" } }`,
    '```',
    '',
    `In VS Code settings: \`"copydesk.rules.${rule.id}": "off"\` (or \`error\`, \`warning\`, \`information\`, \`hint\`;`,
    '`default` leaves it to `.copydesk.json`).',
  ].join('\n');
}
