/** The question GraphiQL opens with: the product's headline, answered from cited edges. */
export const HEADLINE_QUERY = /* GraphQL */ `# Which certifications cover the IT operations manager's security oversight?
# Each certification comes with its issuer and the evidence: every relationship walked,
# with the article's own words (STATED) or the maintainers' rationale (CURATED).
query CertificationsForSecurityOversight {
  responsibility(slug: "security-oversight") {
    name
    roles { nodes { name } }
    certifications {
      edges {
        node { name acronym issuer { name } }
        provenance { kind quote section }
        evidence {
          from { name }
          relation
          to { name }
          provenance { kind quote section rationale }
        }
      }
    }
  }
}
`;
