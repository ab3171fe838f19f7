// The grants of the resources area (state.authorizations, state.resources: see resources.mjs) as
// the authorized-resources calls show them. A module of its own, importing no other area, so that
// groups.mjs and roles.mjs read grants without importing resources.mjs (which reads their state).

export const key = (type, id) => `${type}:${id}`;

/** The AuthorizedResourceDto list of one target in a namespace (resourceType filters it). */
export function authorizedResources(st, targetType, identifier, namespace = "default", resourceType) {
  const grants = st.authorizations[namespace]?.[key(targetType, identifier)] ?? {};
  return Object.values(grants)
    .filter((g) => !resourceType || g.resourceType === resourceType)
    .map((g) => authorizedView(st, namespace, g));
}

export function authorizedView(st, ns, g) {
  const r = Object.hasOwn(st.resources[ns] ?? {}, g.resourceCode) ? st.resources[ns][g.resourceCode] : undefined;
  return {
    resourceCode: g.resourceCode, description: r?.description ?? "", condition: [], resourceType: g.resourceType,
    apiIdentifier: r?.apiIdentifier ?? "", actions: [...g.actions], effect: "ALLOW",
  };
}
