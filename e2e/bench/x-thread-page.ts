/**
 * An X status page whose thread holds `count` replies by others, every fifth answered by the
 * brand: the page the comment-scan benchmark reads in Chromium.
 */
function tweet(handle: string, id: string, text: string, replyingTo: string): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
    <div data-testid="User-Name"><a href="/${handle}" role="link">${handle}</a><a href="/${handle}" role="link">@${handle}</a> · <a href="/${handle}/status/${id}" role="link"><time datetime="2025-11-20T09:05:00.000Z">4h</time></a></div>
    <div>Replying to <a href="/${replyingTo}">@${replyingTo}</a></div>
    <div data-testid="tweetText" lang="en" dir="auto"><span>${text}</span><img alt="🎉" src="data:,"></div>
  </article></div>`;
}

export function xThreadPage(count: number): string {
  const cells = [tweet('acmebrand', '1790000000000000001', 'Our autumn collection is here!', 'acmebrand')];
  const id = (n: number) => `17900000000${String(n).padStart(8, '0')}`;
  for (let index = 0; index < count; index++) {
    const handle = `user_${index}`;
    cells.push(tweet(handle, id(index * 2), `Question number ${index}: do you ship to Canada?`, 'acmebrand'));
    if (index % 5 === 0) cells.push(tweet('acmebrand', id(index * 2 + 1), 'Yes, we do!', handle));
  }
  return `<main role="main"><div data-testid="primaryColumn"><div aria-label="Timeline: Conversation" id="timeline">${cells.join('')}</div></div></main>`;
}
