import { router } from '@forge/bridge';

/** A link to a Jira issue that opens it in the product (the app runs in an iframe). */
export default function IssueLink({ issueKey }: { issueKey: string }) {
  return (
    <a
      href={`/browse/${issueKey}`}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate(`/browse/${issueKey}`);
      }}
    >
      {issueKey}
    </a>
  );
}
