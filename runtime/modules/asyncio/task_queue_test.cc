#include "runtime/modules/asyncio/task_queue.h"

#include <stdint.h>

#include <algorithm>
#include <vector>

#include "gtest/gtest.h"

namespace mica {
namespace asyncio {
namespace {

struct Node {
  int id = 0;
  Node* queue_next = nullptr;
  TaskFifo<Node>* queue = nullptr;
  Node* heap_child = nullptr;
  Node* heap_next = nullptr;
  Node* heap_prev = nullptr;
  uint64_t deadline = 0;
  uint32_t sequence = 0;
  bool in_heap = false;
};

TEST(TaskFifoTest, FirstInFirstOutAndRemove) {
  TaskFifo<Node> fifo = {};
  Node nodes[4];
  for (int i = 0; i < 4; ++i) {
    nodes[i].id = i;
    fifo.PushBack(&nodes[i]);
    EXPECT_EQ(nodes[i].queue, &fifo);
  }
  EXPECT_TRUE(fifo.Remove(&nodes[3]));  // the tail
  EXPECT_TRUE(fifo.Remove(&nodes[1]));  // the middle
  EXPECT_FALSE(fifo.Remove(&nodes[1]));
  fifo.PushBack(&nodes[1]);  // the tail moved back correctly
  std::vector<int> order;
  while (Node* n = fifo.PopFront()) {
    order.push_back(n->id);
    EXPECT_EQ(n->queue, nullptr);
  }
  EXPECT_EQ(order, (std::vector<int>{0, 2, 1}));
  EXPECT_TRUE(fifo.Empty());
  EXPECT_EQ(fifo.tail, nullptr);
}

TEST(TimerHeapTest, PopsByDeadlineThenInsertionOrder) {
  TimerHeap<Node> heap = {};
  Node nodes[6];
  const uint64_t deadlines[6] = {50, 10, 30, 10, 50, 20};
  for (int i = 0; i < 6; ++i) {
    nodes[i].id = i;
    heap.Push(&nodes[i], deadlines[i]);
  }
  std::vector<int> order;
  while (Node* n = heap.Pop()) {
    order.push_back(n->id);
    EXPECT_FALSE(n->in_heap);
  }
  EXPECT_EQ(order, (std::vector<int>{1, 3, 5, 2, 0, 4}));
}

TEST(TimerHeapTest, RemoveAnyNodeKeepsOrder) {
  // Remove every possible node from heaps of several shapes (after a pop, so the tree has depth).
  for (int size = 1; size <= 12; ++size) {
    for (int victim = 0; victim < size; ++victim) {
      TimerHeap<Node> heap = {};
      std::vector<Node> nodes(size + 1);
      for (int i = 0; i <= size; ++i) {
        nodes[i].id = i;
        heap.Push(&nodes[i], static_cast<uint64_t>((i * 7919) % 13));
      }
      Node* first = heap.Pop();
      Node* removed = &nodes[victim == first->id ? size - (victim == size ? 1 : 0) : victim];
      if (removed == first) continue;
      heap.Remove(removed);
      EXPECT_FALSE(removed->in_heap);
      heap.Remove(removed);  // a second Remove is a no-op
      std::vector<std::pair<uint64_t, uint32_t>> popped;
      while (Node* n = heap.Pop()) {
        EXPECT_NE(n, removed);
        popped.emplace_back(n->deadline, n->sequence);
      }
      EXPECT_EQ(popped.size(), static_cast<size_t>(size - 1));
      EXPECT_TRUE(std::is_sorted(popped.begin(), popped.end()));
    }
  }
}

TEST(TimerHeapTest, ReinsertAfterRemove) {
  TimerHeap<Node> heap = {};
  Node a, b, c;
  heap.Push(&a, 5);
  heap.Push(&b, 1);
  heap.Push(&c, 3);
  heap.Remove(&b);  // the root
  heap.Push(&b, 4);
  EXPECT_EQ(heap.Pop(), &c);
  EXPECT_EQ(heap.Pop(), &b);
  EXPECT_EQ(heap.Pop(), &a);
  EXPECT_TRUE(heap.Empty());
}

}  // namespace
}  // namespace asyncio
}  // namespace mica
