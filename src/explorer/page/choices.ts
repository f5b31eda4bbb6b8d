/** The roles and certifications to choose from in the compare and skill-gap views (loaded once). */
import type { GraphQLClient } from '../graphql-client.js';
import { ROLES_AND_CERTIFICATIONS_QUERY } from '../queries.js';

export interface Choices {
  roles: { slug: string; name: string }[];
  certifications: { slug: string; name: string; acronym?: string | null }[];
}

let loaded: Promise<Choices> | null = null;

export function loadChoices(client: GraphQLClient): Promise<Choices> {
  loaded ??= client
    .request(ROLES_AND_CERTIFICATIONS_QUERY)
    .then((data) => ({ roles: data.roles.nodes, certifications: data.certifications.nodes }));
  return loaded;
}

export function roleSelect(id: string, label: string, roles: Choices['roles'], selected: string): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.htmlFor = id;
  wrapper.textContent = label;
  const select = document.createElement('select');
  select.id = id;
  for (const role of roles) select.add(new Option(role.name, role.slug, false, role.slug === selected));
  wrapper.append(select);
  return wrapper;
}
