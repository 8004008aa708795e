// The JSON-LD contexts our exports name, as local documents: a processor that expands an
// export resolves them here, so nothing is fetched at run time (machines may have no
// internet, and a context fetched from the web is a dependency nobody pinned).
//
// schema.org's published context maps every term to http://schema.org/ through @vocab and
// marks a few properties as IRIs; the W3C Web Annotation context maps the Web Annotation
// terms to the oa:, dc:, dcterms: and rdf: vocabularies. Each copy below holds that mapping
// for the terms our exports use (the full documents define hundreds more), with the same IRIs.

export const schemaOrgContextUrl = "https://schema.org";
export const webAnnotationContextUrl = "http://www.w3.org/ns/anno.jsonld";
export const provenanceContextUrl = "urn:claim-tracker:context:provenance";

export const schemaOrgContext = {
  "@context": {
    "@vocab": "http://schema.org/",
    url: { "@id": "http://schema.org/url", "@type": "@id" },
    sameAs: { "@id": "http://schema.org/sameAs", "@type": "@id" },
  },
};

const oa = "http://www.w3.org/ns/oa#";
export const webAnnotationContext = {
  "@context": {
    oa,
    dc: "http://purl.org/dc/elements/1.1/",
    dcterms: "http://purl.org/dc/terms/",
    rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    id: "@id",
    type: "@type",
    Annotation: "oa:Annotation",
    TextualBody: "oa:TextualBody",
    SpecificResource: "oa:SpecificResource",
    TextQuoteSelector: "oa:TextQuoteSelector",
    TextPositionSelector: "oa:TextPositionSelector",
    body: { "@type": "@id", "@id": "oa:hasBody" },
    target: { "@type": "@id", "@id": "oa:hasTarget" },
    source: { "@type": "@id", "@id": "oa:hasSource" },
    selector: { "@type": "@id", "@id": "oa:hasSelector" },
    motivation: { "@type": "@vocab", "@id": "oa:motivatedBy" },
    purpose: { "@type": "@vocab", "@id": "oa:hasPurpose" },
    describing: "oa:describing",
    assessing: "oa:assessing",
    identifying: "oa:identifying",
    value: "rdf:value",
    format: "dc:format",
    language: "dc:language",
    exact: "oa:exact",
    prefix: "oa:prefix",
    suffix: "oa:suffix",
    start: { "@id": "oa:start", "@type": "xsd:nonNegativeInteger" },
    end: { "@id": "oa:end", "@type": "xsd:nonNegativeInteger" },
    created: { "@id": "dcterms:created", "@type": "xsd:dateTime" },
    creator: { "@type": "@id", "@id": "dcterms:creator" },
  },
};

/** PROV-O terms for the JSON export's provenance: who a claim is attributed to, what it came from. */
export const provenanceContext = {
  "@context": {
    prov: "http://www.w3.org/ns/prov#",
    schema: "http://schema.org/",
    id: "@id",
    claims: { "@id": "schema:hasPart", "@container": "@list" },
    "prov:wasAttributedTo": { "@type": "@id" },
    "prov:wasDerivedFrom": { "@type": "@id" },
    "prov:hadRole": { "@type": "@vocab" },
  },
};

/** The local documents by the address an export names them with. */
export const localContexts: Record<string, object> = {
  [schemaOrgContextUrl]: schemaOrgContext,
  [`${schemaOrgContextUrl}/`]: schemaOrgContext,
  [webAnnotationContextUrl]: webAnnotationContext,
  [provenanceContextUrl]: provenanceContext,
};
