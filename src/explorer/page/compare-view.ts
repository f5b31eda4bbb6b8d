/** Two roles side by side (the `compareRoles` query): what only each has, what they share, and the dimensions with both stances. */
import { h } from '../dom.js';
import type { ExplorerCompareRolesQuery } from '../graphql/graphql.js';
import type { GraphQLClient } from '../graphql-client.js';
import { COMPARE_ROLES_QUERY } from '../queries.js';
import { loadChoices, roleSelect } from './choices.js';
import { citation } from './details-panel.js';

type RoleComparison = ExplorerCompareRolesQuery['compareRoles'];
interface Named {
  id: string;
  name: string;
  /** What it means for the role(s), in their own words (responsibilities). */
  definitions?: string[];
}
type Stance = RoleComparison['dimensions'][number]['first'];

const names = (list: Named[]) =>
  list.length > 0
    ? h(
        'ul',
        {},
        ...list.map((item) =>
          h('li', {}, item.name, ...(item.definitions ?? []).map((definition) => h('div', { className: 'definition' }, definition))),
        ),
      )
    : h('p', { className: 'none' }, 'none');

/** A responsibility as one role holds it, with the role's own definition. */
const held = (r: { responsibility: { id: string; name: string }; definition?: string | null }): Named => ({
  ...r.responsibility,
  definitions: r.definition ? [r.definition] : [],
});

const stanceCell = (stance: Stance) =>
  h(
    'td',
    {},
    stance
      ? h('div', {}, h('p', {}, stance.statement), citation(stance.provenance))
      : h('p', { className: 'none' }, 'The source says nothing.'),
  );

export async function renderCompareView(
  container: HTMLElement,
  options: { client: GraphQLClient; onError: (message: string) => void },
): Promise<void> {
  const { roles } = await loadChoices(options.client);
  const firstSelect = roleSelect('compare-first', 'First role ', roles, 'it-operations-manager');
  const secondSelect = roleSelect('compare-second', 'Second role ', roles, 'it-operations-specialist');
  const result = h('div', { className: 'comparison', 'aria-live': 'polite' });
  const form = h('form', { className: 'controls' }, firstSelect, secondSelect, h('button', { type: 'submit' }, 'Compare'));
  container.replaceChildren(h('h2', {}, 'Compare roles'), form, result);

  const compare = async () => {
    const first = (firstSelect.control as HTMLSelectElement).value;
    const second = (secondSelect.control as HTMLSelectElement).value;
    try {
      const { compareRoles: c } = await options.client.request(COMPARE_ROLES_QUERY, { first, second });
      const row = (label: string, onlyFirst: Named[], shared: Named[], onlySecond: Named[]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, label),
          h('td', {}, names(onlyFirst)),
          h('td', {}, names(shared)),
          h('td', {}, names(onlySecond)),
        );
      result.replaceChildren(
        h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { className: 'side-by-side' },
            h('caption', {}, `${c.first.name} and ${c.second.name}`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('td', {}),
                h('th', { scope: 'col' }, `Only ${c.first.name}`),
                h('th', { scope: 'col' }, 'Shared'),
                h('th', { scope: 'col' }, `Only ${c.second.name}`),
              ),
            ),
            h(
              'tbody',
              {},
              row(
                'Responsibilities',
                c.responsibilitiesOnlyFirst.map(held),
                // Both roles' own definitions side by side.
                c.sharedResponsibilities.map((s) => ({
                  ...s.responsibility,
                  definitions: [s.first.definition, s.second.definition].flatMap((definition, i) =>
                    definition ? [`${i === 0 ? c.first.name : c.second.name}: ${definition}`] : [],
                  ),
                })),
                c.responsibilitiesOnlySecond.map(held),
              ),
              row('Skill domains', c.skillDomainsOnlyFirst, c.sharedSkillDomains, c.skillDomainsOnlySecond),
              row('Certifications', c.certificationsOnlyFirst, c.sharedCertifications, c.certificationsOnlySecond),
            ),
          ),
        ),
        h(
          'div',
          { className: 'table-scroll' },
          h(
            'table',
            { className: 'dimensions' },
            h('caption', {}, 'Where they differ, in the source’s words'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Dimension'),
                h('th', { scope: 'col' }, c.first.name),
                h('th', { scope: 'col' }, c.second.name),
              ),
            ),
            h(
              'tbody',
              {},
              ...c.dimensions.map((d) =>
                h('tr', {}, h('th', { scope: 'row' }, d.dimension.name), stanceCell(d.first), stanceCell(d.second)),
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      options.onError(error instanceof Error ? error.message : String(error));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void compare();
  });
  form.addEventListener('change', () => void compare());
  await compare();
}
