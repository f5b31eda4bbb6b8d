/** What someone holding some certifications is missing for a role (the `skillGap` query). */
import { h } from '../dom.js';
import type { GraphQLClient } from '../graphql-client.js';
import { SKILL_GAP_QUERY } from '../queries.js';
import { loadChoices, roleSelect } from './choices.js';

interface Named {
  id: string;
  name: string;
}

const list = (items: Named[], empty: string) =>
  items.length > 0 ? h('ul', {}, ...items.map((item) => h('li', {}, item.name))) : h('p', { className: 'none' }, empty);

export async function renderSkillGapView(
  container: HTMLElement,
  options: { client: GraphQLClient; onError: (message: string) => void },
): Promise<void> {
  const { roles, certifications } = await loadChoices(options.client);
  const role = roleSelect('gap-role', 'Role ', roles, 'it-operations-manager');
  const held = h(
    'fieldset',
    { className: 'held' },
    h('legend', {}, 'Certifications held'),
    ...certifications.map((certification) =>
      h(
        'label',
        {},
        h('input', { type: 'checkbox', name: 'held', value: certification.slug }),
        ' ',
        certification.acronym ? `${certification.name} (${certification.acronym})` : certification.name,
      ),
    ),
  );
  const result = h('div', { className: 'gap', 'aria-live': 'polite' });
  const form = h('form', { className: 'controls' }, role, held, h('button', { type: 'submit' }, 'Show the gap'));
  container.replaceChildren(h('h2', {}, 'Skill gap'), form, result);

  const show = async () => {
    const heldCertifications = [...held.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    try {
      const { skillGap: gap } = await options.client.request(SKILL_GAP_QUERY, {
        role: (role.control as HTMLSelectElement).value,
        held: heldCertifications,
      });
      result.replaceChildren(
        h(
          'div',
          { className: 'gap-columns' },
          h('section', { 'data-list': 'covered' }, h('h3', {}, 'Covered skill domains'), list(gap.coveredSkillDomains, 'none yet')),
          h(
            'section',
            { 'data-list': 'missing' },
            h('h3', {}, 'Missing skill domains'),
            list(gap.missingSkillDomains, 'none'),
            gap.uncoverableSkillDomains.length > 0
              ? h(
                  'p',
                  { className: 'note' },
                  'No certification in the source covers: ',
                  gap.uncoverableSkillDomains.map((d) => d.name).join(', '),
                  '.',
                )
              : null,
          ),
          h(
            'section',
            { 'data-list': 'recommended' },
            h('h3', {}, 'Recommended certifications'),
            gap.recommendedCertifications.length > 0
              ? h(
                  'ol',
                  {},
                  ...gap.recommendedCertifications.map((r) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, r.certification.name),
                      r.inSmallestCover ? h('span', { className: 'badge' }, 'smallest set') : null,
                      h('br'),
                      'closes ',
                      r.closes.map((d) => d.name).join(', '),
                    ),
                  ),
                )
              : h('p', { className: 'none' }, 'nothing to recommend'),
          ),
          h(
            'section',
            { 'data-list': 'missing-responsibilities' },
            h('h3', {}, 'Responsibilities still uncovered'),
            list(
              gap.missingResponsibilities.map((r) => ({
                ...r.responsibility,
                name: r.definition ? `${r.responsibility.name}: ${r.definition}` : r.responsibility.name,
              })),
              'none',
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
    void show();
  });
  held.addEventListener('change', () => void show());
  role.addEventListener('change', () => void show());
  await show();
}
