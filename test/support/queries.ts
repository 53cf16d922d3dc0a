/** GraphQL documents shared by the end-to-end tests. */
export const IMPORT_DATASET = `
  mutation Import($dataset: JSON!) {
    importDataset(dataset: $dataset) { created updated unchanged
      counts { organizations { created updated unchanged } memberships { created updated unchanged } } }
  }`;

export const MEETING_CHECK = `
  query Check($meetingId: ID!, $lang: String) {
    meetingCheck(meetingId: $meetingId, lang: $lang) {
      runId createdAt format ruleset meetingId bodyId date
      items {
        itemId
        findings { id personId capacity outcome lean grounds explanation evidence { kind id text } }
        substitutions { forPersonId deputyPersonId status }
        quorum { seats required present met dependsOnReview fallback }
        notes { personId text }
      }
    }
  }`;

export const MEETING_AUDIT = `
  query Audit($meetingId: ID!) {
    meetingAudit(meetingId: $meetingId) {
      format ruleset meetingId date
      items { itemId missedRecusals { personId grounds } unfoundedRecusals { personId } upstreamDefects { itemId personId } ungroundedRecusals { personId } }
    }
  }`;
