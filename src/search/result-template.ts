/**
 * How one search result looks, for Pagefind's Component UI
 * (`<script type="text/pagefind-template">` inside `<pagefind-results>`).
 * It is Pagefind's default card plus the duty's owner and source article,
 * which duty pages publish as `data-pagefind-meta` (see DutyPage's head).
 * `{{ }}` escapes; `{{+ +}}` is only used for Pagefind's own excerpts, which
 * carry the `<mark>` highlights.
 */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
        {{#if meta.owner}}<span class="search-owner" data-owner="{{ meta.owner }}">{{ meta.owner }}</span>{{/if}}
      </p>
      {{#if meta.article}}<p class="search-source">In {{ meta.article }}</p>{{/if}}
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
